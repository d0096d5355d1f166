using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SelectionPromotionPlanAndChecklist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ListedByRegionId",
                table: "Participations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CampaignChecklistItems",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    LabelZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LabelEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignChecklistItems", x => new { x.CampaignId, x.Code });
                    table.ForeignKey(
                        name: "FK_CampaignChecklistItems_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Participations_ListedByRegionId",
                table: "Participations",
                column: "ListedByRegionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Participations_Regions_ListedByRegionId",
                table: "Participations",
                column: "ListedByRegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Participations_Regions_ListedByRegionId",
                table: "Participations");

            migrationBuilder.DropTable(
                name: "CampaignChecklistItems");

            migrationBuilder.DropIndex(
                name: "IX_Participations_ListedByRegionId",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "ListedByRegionId",
                table: "Participations");
        }
    }
}
