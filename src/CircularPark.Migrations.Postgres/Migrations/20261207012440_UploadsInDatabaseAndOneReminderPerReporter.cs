using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UploadsInDatabaseAndOneReminderPerReporter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reminders_RequirementId_Period_Kind_ParkId_RegionId",
                table: "Reminders");

            migrationBuilder.CreateTable(
                name: "HeldUploads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Token = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Owner = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeldUploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_OnePerPark",
                table: "Reminders",
                columns: new[] { "RequirementId", "Period", "Kind", "ParkId" },
                unique: true,
                filter: "\"ParkId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_OnePerRegion",
                table: "Reminders",
                columns: new[] { "RequirementId", "Period", "Kind", "RegionId" },
                unique: true,
                filter: "\"ParkId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_HeldUploads_CreatedAtUtc",
                table: "HeldUploads",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_HeldUploads_Token",
                table: "HeldUploads",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HeldUploads");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_OnePerPark",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_OnePerRegion",
                table: "Reminders");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_RequirementId_Period_Kind_ParkId_RegionId",
                table: "Reminders",
                columns: new[] { "RequirementId", "Period", "Kind", "ParkId", "RegionId" },
                unique: true);
        }
    }
}
