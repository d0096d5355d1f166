using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MaterialFlows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MaterialFlowModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParkId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Scenario = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ValueAdded = table.Column<double>(type: "double precision", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaterialFlowModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaterialFlowModels_Parks_ParkId",
                        column: x => x.ParkId,
                        principalTable: "Parks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MfaLayer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ModelId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MfaLayer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MfaLayer_MaterialFlowModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "MaterialFlowModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MfaProcess",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ModelId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MfaProcess", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MfaProcess_MaterialFlowModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "MaterialFlowModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MfaFlow",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LayerId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FromId = table.Column<int>(type: "integer", nullable: false),
                    ToId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StandardDeviation = table.Column<double>(type: "double precision", nullable: true),
                    RelativeUncertainty = table.Column<double>(type: "double precision", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MfaFlow", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MfaFlow_MfaLayer_LayerId",
                        column: x => x.LayerId,
                        principalTable: "MfaLayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MfaFlow_MfaProcess_FromId",
                        column: x => x.FromId,
                        principalTable: "MfaProcess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MfaFlow_MfaProcess_ToId",
                        column: x => x.ToId,
                        principalTable: "MfaProcess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MfaParameter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LayerId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    ProcessId = table.Column<int>(type: "integer", nullable: true),
                    FlowId = table.Column<int>(type: "integer", nullable: true),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    StandardDeviation = table.Column<double>(type: "double precision", nullable: true),
                    RelativeUncertainty = table.Column<double>(type: "double precision", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MfaParameter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MfaParameter_MfaFlow_FlowId",
                        column: x => x.FlowId,
                        principalTable: "MfaFlow",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MfaParameter_MfaLayer_LayerId",
                        column: x => x.LayerId,
                        principalTable: "MfaLayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MfaParameter_MfaProcess_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "MfaProcess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaterialFlowModels_ParkId_Year_Scenario",
                table: "MaterialFlowModels",
                columns: new[] { "ParkId", "Year", "Scenario" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MfaFlow_FromId",
                table: "MfaFlow",
                column: "FromId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaFlow_LayerId_Code",
                table: "MfaFlow",
                columns: new[] { "LayerId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MfaFlow_ToId",
                table: "MfaFlow",
                column: "ToId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaLayer_ModelId_Code",
                table: "MfaLayer",
                columns: new[] { "ModelId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MfaParameter_FlowId",
                table: "MfaParameter",
                column: "FlowId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaParameter_LayerId",
                table: "MfaParameter",
                column: "LayerId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaParameter_ProcessId",
                table: "MfaParameter",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_MfaProcess_ModelId_Code",
                table: "MfaProcess",
                columns: new[] { "ModelId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MfaParameter");

            migrationBuilder.DropTable(
                name: "MfaFlow");

            migrationBuilder.DropTable(
                name: "MfaLayer");

            migrationBuilder.DropTable(
                name: "MfaProcess");

            migrationBuilder.DropTable(
                name: "MaterialFlowModels");
        }
    }
}
