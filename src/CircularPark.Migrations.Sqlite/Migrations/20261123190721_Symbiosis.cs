using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Symbiosis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PermitNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PermitScope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PermitValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParkId = table.Column<int>(type: "INTEGER", nullable: true),
                    ScopeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RunAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RunBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RateYuanPerTonneKm = table.Column<double>(type: "REAL", nullable: false),
                    Co2KgPerTonneKm = table.Column<double>(type: "REAL", nullable: false),
                    Offers = table.Column<int>(type: "INTEGER", nullable: false),
                    Needs = table.Column<int>(type: "INTEGER", nullable: false),
                    FeasiblePairs = table.Column<int>(type: "INTEGER", nullable: false),
                    TonnesOffered = table.Column<double>(type: "REAL", nullable: false),
                    TonnesNeeded = table.Column<double>(type: "REAL", nullable: false),
                    TonnesDiverted = table.Column<double>(type: "REAL", nullable: false),
                    TransportCostYuan = table.Column<double>(type: "REAL", nullable: false),
                    DisposalCostYuan = table.Column<double>(type: "REAL", nullable: false),
                    VirginCostYuan = table.Column<double>(type: "REAL", nullable: false),
                    TotalCostYuan = table.Column<double>(type: "REAL", nullable: false),
                    BaselineCostYuan = table.Column<double>(type: "REAL", nullable: false),
                    SavingsYuan = table.Column<double>(type: "REAL", nullable: false),
                    TransportCo2Kg = table.Column<double>(type: "REAL", nullable: false),
                    DetailsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UtilisationRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MaterialCategory = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CategoryZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CategoryEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UseZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UseEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivingIndustries = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Replaces = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UtilisationRoutes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseInputs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Quantity = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    BoughtOutsidePark = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MaterialCategory = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    HazardCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SolidWasteCode = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Side = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MaterialCategory = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    HazardCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Tonnes = table.Column<double>(type: "REAL", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AvailableTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    CostPerTonne = table.Column<double>(type: "REAL", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceiverId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NeedMaterialCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Tonnes = table.Column<double>(type: "REAL", nullable: false),
                    DistanceKm = table.Column<double>(type: "REAL", nullable: false),
                    TransportCostPerTonne = table.Column<double>(type: "REAL", nullable: false),
                    TransportCostYuan = table.Column<double>(type: "REAL", nullable: false),
                    Co2Kg = table.Column<double>(type: "REAL", nullable: false),
                    SupplierSavingYuan = table.Column<double>(type: "REAL", nullable: false),
                    ReceiverSavingYuan = table.Column<double>(type: "REAL", nullable: false),
                    RouteUse = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                name: "StreamUses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StreamId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserEnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    OutsideUser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Quantity = table.Column<double>(type: "REAL", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: true),
                    AllocationNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiverId = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AgreedTonnes = table.Column<double>(type: "REAL", nullable: false),
                    DistanceKm = table.Column<double>(type: "REAL", nullable: false),
                    TransportCostPerTonne = table.Column<double>(type: "REAL", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgreedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ListingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Attribute = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Min = table.Column<double>(type: "REAL", nullable: true),
                    Max = table.Column<double>(type: "REAL", nullable: true)
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
                name: "ExchangeDeliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExchangeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tonnes = table.Column<double>(type: "REAL", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                name: "IX_ProposedExchanges_RunId_Number",
                table: "ProposedExchanges",
                columns: new[] { "RunId", "Number" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnterpriseInputs");

            migrationBuilder.DropTable(
                name: "ExchangeDeliveries");

            migrationBuilder.DropTable(
                name: "ListingQualities");

            migrationBuilder.DropTable(
                name: "ProposedExchanges");

            migrationBuilder.DropTable(
                name: "StreamUses");

            migrationBuilder.DropTable(
                name: "UtilisationRoutes");

            migrationBuilder.DropTable(
                name: "Exchanges");

            migrationBuilder.DropTable(
                name: "EnterpriseStreams");

            migrationBuilder.DropTable(
                name: "ExchangeListings");

            migrationBuilder.DropTable(
                name: "MatchingRuns");

            migrationBuilder.DropTable(
                name: "Enterprises");
        }
    }
}
