using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Library;

namespace CircularPark.Engines.Tests.Indicators;

public class EvaluationTests
{
    private static IndicatorDefinition Custom(string code, string formula, string unit) =>
        new(code, code, code, IndicatorGroup.Custom, unit, Direction.HigherIsBetter, formula, "test");

    [Fact]
    public void Division_by_zero_gives_a_not_computable_result_pointing_at_the_division_not_an_exception_or_infinity()
    {
        var values = ExamplePark.Year2023().Values.Copy().Set("VA", 0).Set("E_TOTAL", 145_023);

        var value = IndicatorLibrary.BuiltIn["EI_ENERGY"].Evaluate(values);

        Assert.Null(value.Value);
        Assert.Equal(145_023, value.Numerator);
        Assert.Equal(0, value.Denominator); // kept: it still adds to a roll-up
        Assert.Equal("Indicator.DivisionByZero", value.Problem!.Code);
        Assert.Equal("E_TOTAL / VA\n        ^", value.Problem.Excerpt);
        Assert.Equal("EI_ENERGY (Energy per unit of output) cannot be computed: the denominator at character 9 is zero", value.Problem.MessageEn);
    }

    [Fact]
    public void A_zero_inner_denominator_is_reported_at_its_own_division()
    {
        var check = IndicatorCompiler.Check(Custom("X_DENSITY", "SO2 / LAND + COD / LAND", "t/km²"), DataItemCatalogue.BuiltIn, []);
        var values = DataItemCatalogue.BuiltIn.NewValues().Set("SO2", 1).Set("COD", 1).Set("LAND", 0);

        var value = check.Indicator!.Evaluate(values);

        Assert.Null(value.Value);
        Assert.Equal(new TextSpan(4, 1), value.Problem!.Span);
    }

    [Fact]
    public void A_missing_value_makes_the_indicator_not_computable_and_names_the_item()
    {
        var values = DataItemCatalogue.BuiltIn.NewValues().Set("VA", 100);

        var value = IndicatorLibrary.BuiltIn["RP_MINERAL"].Evaluate(values);

        Assert.Null(value.Value);
        Assert.Equal("Indicator.MissingValue", value.Problem!.Code);
        Assert.Equal("RP_MINERAL（主要矿产资源产出率）无法计算：缺少 MINERAL（主要矿产资源消费量）", value.Problem.MessageZh);
    }

    [Fact]
    public void A_saving_without_a_baseline_year_is_not_computable()
    {
        var value = IndicatorLibrary.BuiltIn["ES_ENERGY"].Evaluate(ExamplePark.Compute().Values);

        Assert.Equal("Indicator.NoBaseline", value.Problem!.Code);
    }

    [Fact]
    public void A_ratio_indicator_exposes_numerator_and_denominator_in_their_units()
    {
        var swur = IndicatorLibrary.BuiltIn["SWUR"];

        var value = swur.Evaluate(ExamplePark.Compute().Values);

        Assert.True(swur.IsRatio);
        Assert.Equal(("SW_UTIL", "SW_GEN + SW_UTIL_STOCK"), (swur.NumeratorFormula, swur.DenominatorFormula));
        Assert.Equal(("t", "t"), (swur.NumeratorUnit.Symbol, swur.DenominatorUnit!.Symbol));
        Assert.Equal((357_000.0, 420_000.0), (value.Numerator!.Value, value.Denominator!.Value));
        Assert.Equal(100, swur.Factor, 1e-12); // fraction → %
    }

    [Fact]
    public void A_quantity_indicator_is_not_a_ratio()
    {
        var so2 = IndicatorLibrary.BuiltIn["D_SO2"];

        Assert.False(so2.IsRatio);
        Assert.Null(so2.Evaluate(ExamplePark.Compute().Values).Denominator);
    }

    [Fact]
    public void A_user_indicator_may_refer_to_another_indicator_in_that_ones_declared_unit()
    {
        var energyInKgce = Custom("X_EI_KG", "EI_ENERGY × 1000", "kgce/万元");
        var library = IndicatorCompiler.Compile(DataItemCatalogue.BuiltIn, [.. BuiltInIndicators.All, energyInKgce]);

        var value = library["X_EI_KG"].Evaluate(ExamplePark.Compute().Values);

        Assert.Equal(290_046, value.Value!.Value, 1e-6); // 0.290046 tce/万元 × 1,000, declared kgce/万元 → ×1,000 again
    }

    [Fact]
    public void Circular_references_between_indicators_are_refused()
    {
        var check = IndicatorCompiler.Check(Custom("X_A", "X_B", "万元"), DataItemCatalogue.BuiltIn, [Custom("X_B", "X_A", "万元")]);

        Assert.False(check.IsValid);
        Assert.Contains(check.Diagnostics, d => d.Code == "Formula.CircularReference");
    }

    [Fact]
    public void A_user_indicator_over_user_items_computes_a_key_products_unit_energy()
    {
        var catalogue = DataItemCatalogue.Create([
            new DataItem("P_STEEL", "粗钢产量", "Crude steel output", "万t", DataItemKind.Quantity),
            new DataItem("P_STEEL_E", "粗钢综合能耗", "Crude steel energy", "tce", DataItemKind.Quantity)]).Catalogue;
        var unitEnergy = Custom("X_STEEL_UE", "P_STEEL_E / P_STEEL", "kgce/t") with { Direction = Direction.LowerIsBetter };
        var library = IndicatorCompiler.Compile(catalogue, [unitEnergy]);

        var value = library["X_STEEL_UE"].Evaluate(catalogue.NewValues().Set("P_STEEL", 100).Set("P_STEEL_E", 550_000));

        Assert.Equal(550, value.Value!.Value, 1e-9); // 550,000 tce = 5.5·10⁸ kgce ÷ 10⁶ t
    }

    [Theory]
    [InlineData("va", "Indicator.CodeClash")] // the code of a data item, in another case
    [InlineData("1ABC", "Indicator.InvalidCode")]
    [InlineData("X Y", "Indicator.InvalidCode")]
    public void Indicator_codes_must_be_valid_and_free(string code, string expected)
    {
        var library = IndicatorCompiler.Compile(DataItemCatalogue.BuiltIn, [Custom(code, "VA", "万元")]);

        Assert.Empty(library.Indicators);
        Assert.Equal(expected, Assert.Single(library.Diagnostics).Code);
    }
}
