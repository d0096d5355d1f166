using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentNoticeNumberAndDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeIssuedOn",
                table: "AssessmentRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeNumber",
                table: "AssessmentRuns",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoticeIssuedOn",
                table: "AssessmentRuns");

            migrationBuilder.DropColumn(
                name: "NoticeNumber",
                table: "AssessmentRuns");
        }
    }
}
