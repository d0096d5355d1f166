using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FlowsReportsReviewsSymbiosis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CompiledAtUtc",
                table: "ReviewOpinions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompiledBy",
                table: "ReviewOpinions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlanVersionNumber",
                table: "ReviewOpinions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "ReviewOpinions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "AcceptanceThreshold",
                table: "Campaigns",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicationClosesOn",
                table: "Campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicationOpensOn",
                table: "Campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExcludeSameCityExperts",
                table: "Campaigns",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeIssuedOn",
                table: "Campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeNumber",
                table: "Campaigns",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecommendationDueOn",
                table: "Campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDueOn",
                table: "Campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewOrganiser",
                table: "Campaigns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Field",
                table: "AspNetUsers",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PermitNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    PermitScope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PermitValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchingRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<int>(type: "integer", nullable: true),
                    ParkId = table.Column<int>(type: "integer", nullable: true),
                    ScopeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RunAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RunBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RateYuanPerTonneKm = table.Column<double>(type: "double precision", nullable: false),
                    Co2KgPerTonneKm = table.Column<double>(type: "double precision", nullable: false),
                    Offers = table.Column<int>(type: "integer", nullable: false),
                    Needs = table.Column<int>(type: "integer", nullable: false),
                    FeasiblePairs = table.Column<int>(type: "integer", nullable: false),
                    TonnesOffered = table.Column<double>(type: "double precision", nullable: false),
                    TonnesNeeded = table.Column<double>(type: "double precision", nullable: false),
                    TonnesDiverted = table.Column<double>(type: "double precision", nullable: false),
                    TransportCostYuan = table.Column<double>(type: "double precision", nullable: false),
                    DisposalCostYuan = table.Column<double>(type: "double precision", nullable: false),
                    VirginCostYuan = table.Column<double>(type: "double precision", nullable: false),
                    TotalCostYuan = table.Column<double>(type: "double precision", nullable: false),
                    BaselineCostYuan = table.Column<double>(type: "double precision", nullable: false),
                    SavingsYuan = table.Column<double>(type: "double precision", nullable: false),
                    TransportCo2Kg = table.Column<double>(type: "double precision", nullable: false),
                    DetailsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MaterialFlowModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Scenario = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ValueAdded = table.Column<double>(type: "double precision", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaterialFlowModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaterialFlowModels_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: true),
                    RegionId = table.Column<int>(type: "integer", nullable: true),
                    RequirementId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MessageZh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MessageEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipationId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    PlanVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    ExpertUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ExpertName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsChair = table.Column<bool>(type: "boolean", nullable: false),
                    AssignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewAssignments_Participations_ParticipationId",
                        column: x => x.ParticipationId,
                        principalTable: "Participations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewAssignments_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UtilisationRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MaterialCategory = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CategoryZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CategoryEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UseZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UseEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivingIndustries = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Replaces = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UtilisationRoutes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "YearlyReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    RequirementId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearlyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearlyReports_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_YearlyReports_ReportRequirements_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "ReportRequirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseInputs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MaterialCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Quantity = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<int>(type: "integer", nullable: false),
                    BoughtOutsidePark = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseInputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseInputs_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseStreams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MaterialCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MaterialCategory = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<int>(type: "integer", nullable: false),
                    HazardCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SolidWasteCode = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseStreams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseStreams_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeListings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Side = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    MaterialCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MaterialCategory = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    HazardCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Tonnes = table.Column<double>(type: "double precision", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    AvailableTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    CostPerTonne = table.Column<double>(type: "double precision", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    IsExample = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeListings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExchangeListings_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposedExchanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    OfferId = table.Column<int>(type: "integer", nullable: false),
                    NeedId = table.Column<int>(type: "integer", nullable: false),
                    SupplierId = table.Column<int>(type: "integer", nullable: false),
                    SupplierName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceiverId = table.Column<int>(type: "integer", nullable: false),
                    ReceiverName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MaterialCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NeedMaterialCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Tonnes = table.Column<double>(type: "double precision", nullable: false),
                    DistanceKm = table.Column<double>(type: "double precision", nullable: false),
                    TransportCostPerTonne = table.Column<double>(type: "double precision", nullable: false),
                    TransportCostYuan = table.Column<double>(type: "double precision", nullable: false),
                    Co2Kg = table.Column<double>(type: "double precision", nullable: false),
                    SupplierSavingYuan = table.Column<double>(type: "double precision", nullable: false),
                    ReceiverSavingYuan = table.Column<double>(type: "double precision", nullable: false),
                    RouteUse = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedExchanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposedExchanges_MatchingRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MatchingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MfaLayer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ModelId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MfaLayer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MfaLayer_MaterialFlowModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "MaterialFlowModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MfaProcess",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ModelId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MfaProcess", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MfaProcess_MaterialFlowModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "MaterialFlowModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistScores",
                columns: table => new
                {
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewAssignmentId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistScores", x => new { x.ReviewAssignmentId, x.ItemCode });
                    table.ForeignKey(
                        name: "FK_ChecklistScores_ReviewAssignments_ReviewAssignmentId",
                        column: x => x.ReviewAssignmentId,
                        principalTable: "ReviewAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportEvent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportEvent_YearlyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "YearlyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Submitted = table.Column<bool>(type: "boolean", nullable: false),
                    Progress = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Results = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Experience = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Difficulties = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    EnergySavedTce = table.Column<double>(type: "double precision", nullable: true),
                    WaterSavedM3 = table.Column<double>(type: "double precision", nullable: true),
                    Co2CutT = table.Column<double>(type: "double precision", nullable: true),
                    PollutantsCutT = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportVersions_YearlyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "YearlyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StreamUses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StreamId = table.Column<int>(type: "integer", nullable: false),
                    UserEnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    OutsideUser = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Quantity = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreamUses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StreamUses_EnterpriseStreams_StreamId",
                        column: x => x.StreamId,
                        principalTable: "EnterpriseStreams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StreamUses_Enterprises_UserEnterpriseId",
                        column: x => x.UserEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Exchanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: true),
                    AllocationNumber = table.Column<int>(type: "integer", nullable: true),
                    OfferId = table.Column<int>(type: "integer", nullable: false),
                    NeedId = table.Column<int>(type: "integer", nullable: false),
                    SupplierId = table.Column<int>(type: "integer", nullable: false),
                    ReceiverId = table.Column<int>(type: "integer", nullable: false),
                    MaterialCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AgreedTonnes = table.Column<double>(type: "double precision", nullable: false),
                    DistanceKm = table.Column<double>(type: "double precision", nullable: false),
                    TransportCostPerTonne = table.Column<double>(type: "double precision", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgreedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exchanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exchanges_Enterprises_ReceiverId",
                        column: x => x.ReceiverId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exchanges_Enterprises_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exchanges_ExchangeListings_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ExchangeListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exchanges_ExchangeListings_OfferId",
                        column: x => x.OfferId,
                        principalTable: "ExchangeListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exchanges_MatchingRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MatchingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ListingQualities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListingId = table.Column<int>(type: "integer", nullable: false),
                    Attribute = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    Min = table.Column<double>(type: "double precision", nullable: true),
                    Max = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingQualities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListingQualities_ExchangeListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "ExchangeListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MfaFlow",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LayerId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FromId = table.Column<int>(type: "integer", nullable: false),
                    ToId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StandardDeviation = table.Column<double>(type: "double precision", nullable: true),
                    RelativeUncertainty = table.Column<double>(type: "double precision", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MfaFlow", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MfaFlow_MfaLayer_LayerId",
                        column: x => x.LayerId,
                        principalTable: "MfaLayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MfaFlow_MfaProcess_FromId",
                        column: x => x.FromId,
                        principalTable: "MfaProcess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MfaFlow_MfaProcess_ToId",
                        column: x => x.ToId,
                        principalTable: "MfaProcess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportVersionId = table.Column<int>(type: "integer", nullable: false),
                    ProjectKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PercentComplete = table.Column<double>(type: "double precision", nullable: false),
                    InvestmentThisYear = table.Column<double>(type: "double precision", nullable: false),
                    InvestmentTotal = table.Column<double>(type: "double precision", nullable: false),
                    Milestones = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DelayReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectProgress_ReportVersions_ReportVersionId",
                        column: x => x.ReportVersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeDeliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExchangeId = table.Column<int>(type: "integer", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Tonnes = table.Column<double>(type: "double precision", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExchangeDeliveries_Exchanges_ExchangeId",
                        column: x => x.ExchangeId,
                        principalTable: "Exchanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MfaParameter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LayerId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    ProcessId = table.Column<int>(type: "integer", nullable: true),
                    FlowId = table.Column<int>(type: "integer", nullable: true),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    StandardDeviation = table.Column<double>(type: "double precision", nullable: true),
                    RelativeUncertainty = table.Column<double>(type: "double precision", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MfaParameter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MfaParameter_MfaFlow_FlowId",
                        column: x => x.FlowId,
                        principalTable: "MfaFlow",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MfaParameter_MfaLayer_LayerId",
                        column: x => x.LayerId,
                        principalTable: "MfaLayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MfaParameter_MfaProcess_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "MfaProcess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseInputs_EnterpriseId_MaterialCode",
                table: "EnterpriseInputs",
                columns: new[] { "EnterpriseId", "MaterialCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_ParkId_Name",
                table: "Enterprises",
                columns: new[] { "ParkId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseStreams_EnterpriseId_MaterialCode",
                table: "EnterpriseStreams",
                columns: new[] { "EnterpriseId", "MaterialCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeDeliveries_ExchangeId",
                table: "ExchangeDeliveries",
                column: "ExchangeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeListings_EnterpriseId",
                table: "ExchangeListings",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeListings_Side_MaterialCode",
                table: "ExchangeListings",
                columns: new[] { "Side", "MaterialCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_NeedId",
                table: "Exchanges",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_OfferId",
                table: "Exchanges",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_ReceiverId",
                table: "Exchanges",
                column: "ReceiverId");

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_RunId_AllocationNumber",
                table: "Exchanges",
                columns: new[] { "RunId", "AllocationNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_SupplierId",
                table: "Exchanges",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ListingQualities_ListingId",
                table: "ListingQualities",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_MaterialFlowModels_ParkId_Year_Scenario",
                table: "MaterialFlowModels",
                columns: new[] { "ParkId", "Year", "Scenario" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MfaFlow_FromId",
                table: "MfaFlow",
                column: "FromId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaFlow_LayerId_Code",
                table: "MfaFlow",
                columns: new[] { "LayerId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MfaFlow_ToId",
                table: "MfaFlow",
                column: "ToId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaLayer_ModelId_Code",
                table: "MfaLayer",
                columns: new[] { "ModelId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MfaParameter_FlowId",
                table: "MfaParameter",
                column: "FlowId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaParameter_LayerId",
                table: "MfaParameter",
                column: "LayerId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaParameter_ProcessId",
                table: "MfaParameter",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaProcess_ModelId_Code",
                table: "MfaProcess",
                columns: new[] { "ModelId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProgress_ReportVersionId",
                table: "ProjectProgress",
                column: "ReportVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedExchanges_RunId_Number",
                table: "ProposedExchanges",
                columns: new[] { "RunId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_RequirementId_Period_Kind_ParkId_RegionId",
                table: "Reminders",
                columns: new[] { "RequirementId", "Period", "Kind", "ParkId", "RegionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportEvent_ReportId",
                table: "ReportEvent",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_ReportId_Number",
                table: "ReportVersions",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_ExpertUserName",
                table: "ReviewAssignments",
                column: "ExpertUserName");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_ParticipationId_Round_ExpertUserName",
                table: "ReviewAssignments",
                columns: new[] { "ParticipationId", "Round", "ExpertUserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_PlanId",
                table: "ReviewAssignments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_StreamUses_StreamId",
                table: "StreamUses",
                column: "StreamId");

            migrationBuilder.CreateIndex(
                name: "IX_StreamUses_UserEnterpriseId",
                table: "StreamUses",
                column: "UserEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_UtilisationRoutes_MaterialCategory_UseZh",
                table: "UtilisationRoutes",
                columns: new[] { "MaterialCategory", "UseZh" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearlyReports_ParkId_RequirementId_Period",
                table: "YearlyReports",
                columns: new[] { "ParkId", "RequirementId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearlyReports_RequirementId",
                table: "YearlyReports",
                column: "RequirementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChecklistScores");

            migrationBuilder.DropTable(
                name: "EnterpriseInputs");

            migrationBuilder.DropTable(
                name: "ExchangeDeliveries");

            migrationBuilder.DropTable(
                name: "ListingQualities");

            migrationBuilder.DropTable(
                name: "MfaParameter");

            migrationBuilder.DropTable(
                name: "ProjectProgress");

            migrationBuilder.DropTable(
                name: "ProposedExchanges");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "ReportEvent");

            migrationBuilder.DropTable(
                name: "StreamUses");

            migrationBuilder.DropTable(
                name: "UtilisationRoutes");

            migrationBuilder.DropTable(
                name: "ReviewAssignments");

            migrationBuilder.DropTable(
                name: "Exchanges");

            migrationBuilder.DropTable(
                name: "MfaFlow");

            migrationBuilder.DropTable(
                name: "ReportVersions");

            migrationBuilder.DropTable(
                name: "EnterpriseStreams");

            migrationBuilder.DropTable(
                name: "ExchangeListings");

            migrationBuilder.DropTable(
                name: "MatchingRuns");

            migrationBuilder.DropTable(
                name: "MfaLayer");

            migrationBuilder.DropTable(
                name: "MfaProcess");

            migrationBuilder.DropTable(
                name: "YearlyReports");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "MaterialFlowModels");

            migrationBuilder.DropColumn(
                name: "CompiledAtUtc",
                table: "ReviewOpinions");

            migrationBuilder.DropColumn(
                name: "CompiledBy",
                table: "ReviewOpinions");

            migrationBuilder.DropColumn(
                name: "PlanVersionNumber",
                table: "ReviewOpinions");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "ReviewOpinions");

            migrationBuilder.DropColumn(
                name: "AcceptanceThreshold",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "ApplicationClosesOn",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "ApplicationOpensOn",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "ExcludeSameCityExperts",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "NoticeIssuedOn",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "NoticeNumber",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "RecommendationDueOn",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "ReviewDueOn",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "ReviewOrganiser",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Field",
                table: "AspNetUsers");
        }
    }
}
