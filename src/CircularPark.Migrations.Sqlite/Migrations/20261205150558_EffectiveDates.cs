using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EffectiveDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveOn",
                table: "ParticipationStateChanges",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EffectiveOn",
                table: "ParticipationStateChanges");
        }
    }
}
