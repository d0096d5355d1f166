using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ParkDeadlinesNationReportsAndEligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "SpotChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "SpotChecks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Basis",
                table: "CampaignTargets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<double>(
                name: "AcceptanceThreshold",
                table: "Campaigns",
                type: "REAL",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "REAL");

            migrationBuilder.AddColumn<int>(
                name: "AcceptanceDeadlineRule",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinimumConsultancyGrade",
                table: "Campaigns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EligibilityPrinciples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilityPrinciples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityPrinciples_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EligibilityPrinciples_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FailedParksNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FailedParksNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FailedParksNotices_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParkEligibilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkEligibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkEligibilities_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParkEligibilities_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanPreparations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsultancyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsultancyGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    CityReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CityOpinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProvinceDecision = table.Column<int>(type: "INTEGER", nullable: true),
                    ProvinceDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProvinceDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPreparations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanPreparations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanPreparations_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportParkLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParkName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergySavedTce = table.Column<double>(type: "REAL", nullable: true),
                    WaterSavedM3 = table.Column<double>(type: "REAL", nullable: true),
                    Co2CutT = table.Column<double>(type: "REAL", nullable: true),
                    SolidWasteCutT = table.Column<double>(type: "REAL", nullable: true),
                    WastewaterCutT = table.Column<double>(type: "REAL", nullable: true),
                    AirPollutantsCutT = table.Column<double>(type: "REAL", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportParkLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportParkLine_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReportParkLine_ReportVersions_ReportVersionId",
                        column: x => x.ReportVersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpotCheckId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckResults_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SpotCheckResults_SpotChecks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalTable: "SpotChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FailedParksNoticeLines",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Park = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CityShortZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReasonZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FailedParksNoticeLines", x => new { x.NoticeId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_FailedParksNoticeLines_FailedParksNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "FailedParksNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityPrinciples_CampaignId_RegionId_EffectiveOn",
                table: "EligibilityPrinciples",
                columns: new[] { "CampaignId", "RegionId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityPrinciples_RegionId",
                table: "EligibilityPrinciples",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_FailedParksNotices_CampaignId_Number",
                table: "FailedParksNotices",
                columns: new[] { "CampaignId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParkEligibilities_CampaignId_ParkId_EffectiveOn",
                table: "ParkEligibilities",
                columns: new[] { "CampaignId", "ParkId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkEligibilities_ParkId",
                table: "ParkEligibilities",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanPreparations_CampaignId_ParkId",
                table: "PlanPreparations",
                columns: new[] { "CampaignId", "ParkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanPreparations_ParkId",
                table: "PlanPreparations",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportParkLine_ParkId",
                table: "ReportParkLine",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportParkLine_ReportVersionId",
                table: "ReportParkLine",
                column: "ReportVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckResults_ParkId",
                table: "SpotCheckResults",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckResults_SpotCheckId_ParkId",
                table: "SpotCheckResults",
                columns: new[] { "SpotCheckId", "ParkId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EligibilityPrinciples");

            migrationBuilder.DropTable(
                name: "FailedParksNoticeLines");

            migrationBuilder.DropTable(
                name: "ParkEligibilities");

            migrationBuilder.DropTable(
                name: "PlanPreparations");

            migrationBuilder.DropTable(
                name: "ReportParkLine");

            migrationBuilder.DropTable(
                name: "SpotCheckResults");

            migrationBuilder.DropTable(
                name: "FailedParksNotices");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "SpotChecks");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SpotChecks");

            migrationBuilder.DropColumn(
                name: "Basis",
                table: "CampaignTargets");

            migrationBuilder.DropColumn(
                name: "AcceptanceDeadlineRule",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "MinimumConsultancyGrade",
                table: "Campaigns");

            migrationBuilder.AlterColumn<double>(
                name: "AcceptanceThreshold",
                table: "Campaigns",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0,
                oldClrType: typeof(double),
                oldType: "REAL",
                oldNullable: true);
        }
    }
}
