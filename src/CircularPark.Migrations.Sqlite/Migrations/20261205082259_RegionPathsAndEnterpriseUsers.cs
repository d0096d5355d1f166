using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegionPathsAndEnterpriseUsers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Path",
                table: "Regions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ScopeEnterpriseId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Path",
                table: "Regions",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ScopeEnterpriseId",
                table: "AspNetUsers",
                column: "ScopeEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ScopeParkId",
                table: "AspNetUsers",
                column: "ScopeParkId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Enterprises_ScopeEnterpriseId",
                table: "AspNetUsers",
                column: "ScopeEnterpriseId",
                principalTable: "Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Parks_ScopeParkId",
                table: "AspNetUsers",
                column: "ScopeParkId",
                principalTable: "Parks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Enterprises_ScopeEnterpriseId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Parks_ScopeParkId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_Regions_Path",
                table: "Regions");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_ScopeEnterpriseId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_ScopeParkId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Path",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "ScopeEnterpriseId",
                table: "AspNetUsers");
        }
    }
}
