using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewWorkflow : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChecklistScores");

            migrationBuilder.DropTable(
                name: "ReviewAssignments");

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
