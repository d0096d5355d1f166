using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CircularPark.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceiverAgreedBy",
                table: "Exchanges",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupplierAgreedAtUtc",
                table: "Exchanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupplierAgreedBy",
                table: "Exchanges",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAtUtc",
                table: "ExchangeDeliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmedBy",
                table: "ExchangeDeliveries",
                type: "TEXT",
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
