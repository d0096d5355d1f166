using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "SpotChecks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Basis",
                table: "CampaignTargets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<double>(
                name: "AcceptanceThreshold",
                table: "Campaigns",
                type: "double precision",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "double precision");

            migrationBuilder.AddColumn<int>(
                name: "AcceptanceDeadlineRule",
                table: "Campaigns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinimumConsultancyGrade",
                table: "Campaigns",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EligibilityPrinciples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Eligible = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    ConsultancyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConsultancyGrade = table.Column<int>(type: "integer", nullable: true),
                    CityReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CityOpinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProvinceDecision = table.Column<int>(type: "integer", nullable: true),
                    ProvinceDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProvinceDocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportVersionId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: true),
                    ParkName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    EnergySavedTce = table.Column<double>(type: "double precision", nullable: true),
                    WaterSavedM3 = table.Column<double>(type: "double precision", nullable: true),
                    Co2CutT = table.Column<double>(type: "double precision", nullable: true),
                    SolidWasteCutT = table.Column<double>(type: "double precision", nullable: true),
                    WastewaterCutT = table.Column<double>(type: "double precision", nullable: true),
                    AirPollutantsCutT = table.Column<double>(type: "double precision", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SpotCheckId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Sequence = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoticeId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Park = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CityShortZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReasonZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                type: "double precision",
                nullable: false,
                defaultValue: 0.0,
                oldClrType: typeof(double),
                oldType: "double precision",
                oldNullable: true);
        }
    }
}
