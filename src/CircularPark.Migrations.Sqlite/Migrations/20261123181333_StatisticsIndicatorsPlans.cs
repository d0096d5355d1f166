using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsIndicatorsPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoefficientSets",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoefficientSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomDataItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomDataItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    AchievementMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParkStatistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CoefficientSetId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkStatistics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParkStatistics_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Plans_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatisticValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkStatisticsId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    EnteredValue = table.Column<double>(type: "REAL", nullable: false),
                    EnteredUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PriceBaseYear = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatisticValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatisticValues_ParkStatistics_ParkStatisticsId",
                        column: x => x.ParkStatisticsId,
                        principalTable: "ParkStatistics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CoefficientSetId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    BaselineYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicSituation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    MaterialFlowAnalysis = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    BenefitEconomic = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    BenefitEnvironmental = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    BenefitSocial = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Safeguards = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTarget",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BaselineValue = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTarget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorTarget_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KeyProject",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Class = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerEnterprise = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContentAndScale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TotalInvestment = table.Column<double>(type: "REAL", nullable: false),
                    SubsidyRequested = table.Column<double>(type: "REAL", nullable: false),
                    SelfFunded = table.Column<double>(type: "REAL", nullable: false),
                    OtherFunding = table.Column<double>(type: "REAL", nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DesignCapacityYear = table.Column<int>(type: "INTEGER", nullable: true),
                    EnergySavedTce = table.Column<double>(type: "REAL", nullable: true),
                    WaterSavedM3 = table.Column<double>(type: "REAL", nullable: true),
                    Co2CutT = table.Column<double>(type: "REAL", nullable: true),
                    SolidWasteCutT = table.Column<double>(type: "REAL", nullable: true),
                    WastewaterCutT = table.Column<double>(type: "REAL", nullable: true),
                    AirPollutantsCutT = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyProject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyProject_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTask",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTask", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTask_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollutantLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Pollutant = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DischargeT = table.Column<double>(type: "REAL", nullable: true),
                    Treatment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollutantLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PollutantLine_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTargetYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorTargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargetYears", x => new { x.IndicatorTargetId, x.Year });
                    table.ForeignKey(
                        name: "FK_IndicatorTargetYears_IndicatorTarget_IndicatorTargetId",
                        column: x => x.IndicatorTargetId,
                        principalTable: "IndicatorTarget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KeyProjectInvestments",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyProjectInvestments", x => new { x.KeyProjectId, x.Year });
                    table.ForeignKey(
                        name: "FK_KeyProjectInvestments_KeyProject_KeyProjectId",
                        column: x => x.KeyProjectId,
                        principalTable: "KeyProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomDataItems_Code",
                table: "CustomDataItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomIndicators_Code",
                table: "CustomIndicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTarget_PlanVersionId",
                table: "IndicatorTarget",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyProject_PlanVersionId",
                table: "KeyProject",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ParkStatistics_ParkId_Year",
                table: "ParkStatistics",
                columns: new[] { "ParkId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CampaignId",
                table: "Plans",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ParkId_CampaignId",
                table: "Plans",
                columns: new[] { "ParkId", "CampaignId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanTask_PlanVersionId",
                table: "PlanTask",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_PlanId_Number",
                table: "PlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PollutantLine_PlanVersionId",
                table: "PollutantLine",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_StatisticValues_ParkStatisticsId_Code",
                table: "StatisticValues",
                columns: new[] { "ParkStatisticsId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoefficientSets");

            migrationBuilder.DropTable(
                name: "CustomDataItems");

            migrationBuilder.DropTable(
                name: "CustomIndicators");

            migrationBuilder.DropTable(
                name: "IndicatorTargetYears");

            migrationBuilder.DropTable(
                name: "KeyProjectInvestments");

            migrationBuilder.DropTable(
                name: "PlanTask");

            migrationBuilder.DropTable(
                name: "PollutantLine");

            migrationBuilder.DropTable(
                name: "StatisticValues");

            migrationBuilder.DropTable(
                name: "IndicatorTarget");

            migrationBuilder.DropTable(
                name: "KeyProject");

            migrationBuilder.DropTable(
                name: "ParkStatistics");

            migrationBuilder.DropTable(
                name: "PlanVersions");

            migrationBuilder.DropTable(
                name: "Plans");
        }
    }
}
