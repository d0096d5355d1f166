using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Acceptance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AcceptanceApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    FilingNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcceptanceApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcceptanceApplications_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AcceptanceApplications_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AcceptanceApplications_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AcceptanceRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    AcceptanceDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DelayRequestDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MaxDelayRequests = table.Column<int>(type: "integer", nullable: false),
                    MaxDelayMonths = table.Column<int>(type: "integer", nullable: false),
                    MaxScore = table.Column<double>(type: "double precision", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcceptanceRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcceptanceRules_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DelayRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelayRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DelayRequests_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DelayRequests_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DemonstrationDesignations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DesignatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DesignatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemonstrationDesignations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemonstrationDesignations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DemonstrationDesignations_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExperienceCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperienceCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExperienceCases_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AcceptanceEvent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcceptanceEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcceptanceEvent_AcceptanceApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AcceptanceApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AcceptanceVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Submitted = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProjectCompletion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    IndicatorAchievement = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Investment = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Benefits = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Problems = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    EligibilitySnapshot = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    Eligible = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcceptanceVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcceptanceVersion_AcceptanceApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "AcceptanceApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AcceptanceGradeBand",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RulesId = table.Column<int>(type: "integer", nullable: false),
                    MinScore = table.Column<double>(type: "double precision", nullable: false),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Passes = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcceptanceGradeBand", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AcceptanceGradeBand_AcceptanceRules_RulesId",
                        column: x => x.RulesId,
                        principalTable: "AcceptanceRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceApplications_CampaignId_ParkId",
                table: "AcceptanceApplications",
                columns: new[] { "CampaignId", "ParkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceApplications_ParkId",
                table: "AcceptanceApplications",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceApplications_PlanId",
                table: "AcceptanceApplications",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceEvent_ApplicationId",
                table: "AcceptanceEvent",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceGradeBand_RulesId",
                table: "AcceptanceGradeBand",
                column: "RulesId");

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceRules_CampaignId",
                table: "AcceptanceRules",
                column: "CampaignId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AcceptanceVersion_ApplicationId_Number",
                table: "AcceptanceVersion",
                columns: new[] { "ApplicationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DelayRequests_CampaignId_ParkId",
                table: "DelayRequests",
                columns: new[] { "CampaignId", "ParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_DelayRequests_ParkId",
                table: "DelayRequests",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_DemonstrationDesignations_CampaignId_ParkId_Level",
                table: "DemonstrationDesignations",
                columns: new[] { "CampaignId", "ParkId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemonstrationDesignations_ParkId",
                table: "DemonstrationDesignations",
                column: "ParkId");

            migrationBuilder.CreateIndex(
                name: "IX_ExperienceCases_ParkId",
                table: "ExperienceCases",
                column: "ParkId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AcceptanceEvent");

            migrationBuilder.DropTable(
                name: "AcceptanceGradeBand");

            migrationBuilder.DropTable(
                name: "AcceptanceVersion");

            migrationBuilder.DropTable(
                name: "DelayRequests");

            migrationBuilder.DropTable(
                name: "DemonstrationDesignations");

            migrationBuilder.DropTable(
                name: "ExperienceCases");

            migrationBuilder.DropTable(
                name: "AcceptanceRules");

            migrationBuilder.DropTable(
                name: "AcceptanceApplications");
        }
    }
}
