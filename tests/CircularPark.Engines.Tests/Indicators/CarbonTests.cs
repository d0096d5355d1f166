using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Carbon;
using CircularPark.Engines.Indicators.Data;

namespace CircularPark.Engines.Tests.Indicators;

public class CarbonTests
{
    private static readonly EnergyCarbonCalculator Default =
        EnergyCarbonCalculator.Create(DataItemCatalogue.BuiltIn, CoefficientSets.ChinaDefault).Calculator;

    private static ItemValues One(string code, double value) => DataItemCatalogue.BuiltIn.NewValues().Set(code, value);

    [Theory]
    [InlineData("E_COAL", 1_000.0, 714.3, 1_900.0)] // 1,000 t × 0.7143 kgce/kg; × 1.90 kg/kg
    [InlineData("E_GAS", 1.0, 12.143, 21.6)] // 1 万m³ = 10⁴ m³ × 1.2143 kgce/m³ = 12,143 kgce; × 2.16 kg/m³ = 21,600 kg
    [InlineData("E_OIL", 100.0, 145.71, 310.0)] // diesel 1.4571 kgce/kg; 3.10 kg/kg
    [InlineData("E_HEAT", 1_000.0, 34.12, 110.0)] // 1,000 GJ = 10⁶ MJ × 0.03412 kgce/MJ; × 0.11 t/GJ
    [InlineData("E_STEAM", 100.0, 12.86, 41.39)] // 0.1286 kgce/kg; 0.4139 kg/kg
    public void Each_fuel_converts_to_tce_and_CO2_with_its_coefficients(string code, double quantity, double tce, double co2)
    {
        var carrier = Assert.Single(Default.Compute(One(code, quantity), 2023).Carriers);

        Assert.Equal(tce, carrier.Tce, tce * 1e-12);
        Assert.Equal(co2, carrier.Co2Tonnes!.Value, co2 * 1e-12);
    }

    [Theory]
    [InlineData(2021, 55.68)] // 10⁵ kWh × 0.5568 kg = 55,680 kg
    [InlineData(2022, 53.66)]
    [InlineData(2023, 53.06)]
    public void Electricity_CO2_uses_the_national_grid_factor_of_the_year(int year, double co2)
    {
        var result = Default.Compute(One("E_ELEC", 10), year); // 10 万kWh = 10⁵ kWh

        Assert.Equal(co2, result.TotalCo2Tonnes, 1e-9);
        Assert.Equal(12.29, result.TotalTce, 1e-9); // 10⁵ kWh × 0.1229 kgce/kWh, calorific basis
        Assert.Equal(year, result.GridFactor!.Year);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_year_without_a_grid_factor_takes_the_latest_earlier_one_with_a_note()
    {
        var result = Default.Compute(One("E_ELEC", 10), 2025);

        Assert.Equal(2023, result.GridFactor!.Year);
        Assert.Equal("Carbon.GridFactorFallback", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_regional_grid_factor_is_preferred_to_the_national_one()
    {
        var set = CoefficientSets.ChinaDefault with
        {
            Id = "GD-2023",
            GridFactors = [.. CoefficientSets.ChinaDefault.GridFactors, new GridFactor(2023, "440000", 0.4, "test")],
        };
        var calculator = EnergyCarbonCalculator.Create(DataItemCatalogue.BuiltIn, set).Calculator;

        var result = calculator.Compute(One("E_ELEC", 10), 2023, ["440300", "440000"]);

        Assert.Equal(40, result.TotalCo2Tonnes, 1e-9); // 10⁵ kWh × 0.4 kg
        Assert.Equal("GD-2023", result.CoefficientSetId);
    }

    [Fact]
    public void The_generation_basis_uses_the_years_figure()
    {
        var set = CoefficientSets.ChinaDefault with
        {
            Id = "CN-GEN",
            ElectricityBasis = ElectricityBasis.Generation,
            GenerationFactors = [new GenerationFactor(2023, 0.30, "test")],
        };
        var calculator = EnergyCarbonCalculator.Create(DataItemCatalogue.BuiltIn, set).Calculator;

        Assert.Equal(30, calculator.Compute(One("E_ELEC", 10), 2023).TotalTce, 1e-9); // 10⁵ kWh × 0.30 kgce
        var fallback = calculator.Compute(One("E_ELEC", 10), 2022);
        Assert.Equal(12.29, fallback.TotalTce, 1e-9);
        Assert.Equal("Carbon.GenerationBasisMissing", Assert.Single(fallback.Diagnostics).Code);
    }

    [Fact]
    public void Other_energy_counts_in_tce_but_has_no_CO2_factor_which_is_noted_once_for_the_set()
    {
        var build = EnergyCarbonCalculator.Create(DataItemCatalogue.BuiltIn, CoefficientSets.ChinaDefault);

        var result = build.Calculator.Compute(One("E_OTHER", 50), 2023);

        Assert.Equal(50, result.TotalTce);
        Assert.Equal(0, result.TotalCo2Tonnes);
        Assert.Null(Assert.Single(result.Carriers).Co2Tonnes);
        var note = Assert.Single(build.Diagnostics);
        Assert.Equal(("Carbon.NoCo2Factor", "E_OTHER", DiagnosticSeverity.Warning), (note.Code, note.Subject, note.Severity));
    }

    [Fact]
    public void A_coefficient_of_the_wrong_dimension_is_refused_when_the_set_is_loaded()
    {
        var set = CoefficientSets.ChinaDefault with
        {
            Carriers = [.. CoefficientSets.ChinaDefault.Carriers.Where(c => c.CarrierCode != "E_GAS"), new CarrierCoefficients("E_GAS", new(1.2143, "kgce/kg"), null)],
        };

        var build = EnergyCarbonCalculator.Create(DataItemCatalogue.BuiltIn, set);

        var error = Assert.Single(build.Diagnostics, d => d.IsError);
        Assert.Equal(("Carbon.CoefficientUnitMismatch", "E_GAS"), (error.Code, error.Subject));
    }

    [Fact]
    public void The_default_set_records_its_source_year_and_region()
    {
        var set = CoefficientSets.ChinaDefault;

        Assert.Equal(("CN-DEFAULT-2023", 2023, "000000"), (set.Id, set.Year, set.Region));
        Assert.Contains("GB/T 2589", set.Source, StringComparison.Ordinal);
        Assert.DoesNotContain(EnergyCarbonCalculator.Create(DataItemCatalogue.BuiltIn, set).Diagnostics, d => d.IsError);
    }
}
