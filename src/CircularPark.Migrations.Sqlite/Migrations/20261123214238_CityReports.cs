using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CityReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ParkId",
                table: "YearlyReports",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "RegionId",
                table: "YearlyReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearlyReports_RegionId_RequirementId_Period",
                table: "YearlyReports",
                columns: new[] { "RegionId", "RequirementId", "Period" },
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_YearlyReports_OneAuthor",
                table: "YearlyReports",
                sql: "(\"ParkId\" IS NULL) <> (\"RegionId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_YearlyReports_Regions_RegionId",
                table: "YearlyReports",
                column: "RegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_YearlyReports_Regions_RegionId",
                table: "YearlyReports");

            migrationBuilder.DropIndex(
                name: "IX_YearlyReports_RegionId_RequirementId_Period",
                table: "YearlyReports");

            migrationBuilder.DropCheckConstraint(
                name: "CK_YearlyReports_OneAuthor",
                table: "YearlyReports");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "YearlyReports");

            migrationBuilder.AlterColumn<int>(
                name: "ParkId",
                table: "YearlyReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
