using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PublishedNoticeText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Notice_AddresseesZh",
                table: "Campaigns",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notice_BasisZh",
                table: "Campaigns",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notice_ContactZh",
                table: "Campaigns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notice_DisclosureZh",
                table: "Campaigns",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notice_LeadParkZh",
                table: "Campaigns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notice_RequirementsZh",
                table: "Campaigns",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notice_TitleZh",
                table: "Campaigns",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Notice_AddresseesZh",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Notice_BasisZh",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Notice_ContactZh",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Notice_DisclosureZh",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Notice_LeadParkZh",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Notice_RequirementsZh",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Notice_TitleZh",
                table: "Campaigns");
        }
    }
}
