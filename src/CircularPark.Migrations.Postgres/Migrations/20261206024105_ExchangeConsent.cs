using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ExchangeConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ReceiverAgreedAtUtc",
                table: "Exchanges",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceiverAgreedBy",
                table: "Exchanges",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupplierAgreedAtUtc",
                table: "Exchanges",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupplierAgreedBy",
                table: "Exchanges",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAtUtc",
                table: "ExchangeDeliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmedBy",
                table: "ExchangeDeliveries",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReceiverAgreedAtUtc",
                table: "Exchanges");

            migrationBuilder.DropColumn(
                name: "ReceiverAgreedBy",
                table: "Exchanges");

            migrationBuilder.DropColumn(
                name: "SupplierAgreedAtUtc",
                table: "Exchanges");

            migrationBuilder.DropColumn(
                name: "SupplierAgreedBy",
                table: "Exchanges");

            migrationBuilder.DropColumn(
                name: "ConfirmedAtUtc",
                table: "ExchangeDeliveries");

            migrationBuilder.DropColumn(
                name: "ConfirmedBy",
                table: "ExchangeDeliveries");
        }
    }
}
