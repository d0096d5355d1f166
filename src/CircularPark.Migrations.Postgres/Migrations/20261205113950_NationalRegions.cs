using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NationalRegions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Regions_Code",
                table: "Regions");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Regions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "Regions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Successors",
                table: "Regions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Regions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Code_Open",
                table: "Regions",
                column: "Code",
                unique: true,
                filter: "\"ValidTo\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Code_ValidFrom",
                table: "Regions",
                columns: new[] { "Code", "ValidFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Regions_Code_Open",
                table: "Regions");

            migrationBuilder.DropIndex(
                name: "IX_Regions_Code_ValidFrom",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "Successors",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Regions");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Code",
                table: "Regions",
                column: "Code",
                unique: true);
        }
    }
}
