using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NationReportsAndEligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Basis",
                table: "CampaignTargets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityPrinciples_CampaignId_RegionId_EffectiveOn",
                table: "EligibilityPrinciples",
                columns: new[] { "CampaignId", "RegionId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityPrinciples_RegionId",
                table: "EligibilityPrinciples",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkEligibilities_CampaignId_ParkId_EffectiveOn",
                table: "ParkEligibilities",
                columns: new[] { "CampaignId", "ParkId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ParkEligibilities_ParkId",
                table: "ParkEligibilities",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportParkLine_ParkId",
                table: "ReportParkLine",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportParkLine_ReportVersionId",
                table: "ReportParkLine",
                column: "ReportVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EligibilityPrinciples");

            migrationBuilder.DropTable(
                name: "ParkEligibilities");

            migrationBuilder.DropTable(
                name: "ReportParkLine");

            migrationBuilder.DropColumn(
                name: "Basis",
                table: "CampaignTargets");
        }
    }
}
