using System.Globalization;
using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Library;

namespace CircularPark.Engines.Tests.Indicators;

public class FormulaTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    private static FormulaCheck Check(string formula, string unit = "1", params IndicatorDefinition[] others) =>
        IndicatorCompiler.Check(new IndicatorDefinition("X_TEST", "测试", "Test", IndicatorGroup.Custom, unit, Direction.HigherIsBetter, formula, "test"),
            DataItemCatalogue.BuiltIn, others);

    private static IndicatorDiagnostic Refusal(string formula, string unit = "1")
    {
        var check = Check(formula, unit);
        Assert.False(check.IsValid);
        return Assert.Single(check.Diagnostics);
    }

    private static IndicatorValue Evaluate(string formula, string unit, ItemValues values) => Check(formula, unit).Indicator!.Evaluate(values);

    [Theory]
    [InlineData("2 + 3 × 4", 14)] // × before +
    [InlineData("(2 + 3) * 4", 20)]
    [InlineData("（2 + 3）× 4", 20)] // full-width parentheses
    [InlineData("12 ÷ 4 ÷ 3", 1)] // left to right: (12 ÷ 4) ÷ 3
    [InlineData("12 / 4 / 3", 1)]
    [InlineData("10 − 4 - 3", 3)] // U+2212 and ASCII minus, left to right
    [InlineData("-2 × -3", 6)]
    [InlineData("-(2 + 3)", -5)]
    [InlineData("1.5e2 × 50%", 75)] // 150 × 0.5
    [InlineData("0.25 · 4", 1)]
    public void Constant_formulas_follow_the_usual_precedence_and_accept_Chinese_typing(string formula, double expected)
    {
        var value = Evaluate(formula, "1", DataItemCatalogue.BuiltIn.NewValues());

        Assert.Equal(expected, value.Value!.Value, 1e-12);
    }

    [Fact]
    public void Numbers_are_read_invariantly_whatever_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(3.75, Evaluate("1.5 × 2.5", "1", DataItemCatalogue.BuiltIn.NewValues()).Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_formula_naming_an_unknown_item_is_refused_with_a_message_pointing_at_it()
    {
        var error = Refusal("VA / MINERALS", "万元/t");

        Assert.Equal("Formula.UnknownItem", error.Code);
        Assert.Equal(new TextSpan(5, 8), error.Span);
        Assert.Equal("\"MINERALS\" at character 6 is not a known data item or indicator", error.MessageEn);
        Assert.Equal("公式第 6 个字符处的“MINERALS”不是已知的数据项或指标", error.MessageZh);
        Assert.Equal("VA / MINERALS\n     ^^^^^^^^", error.Excerpt);
        Assert.Equal(["5", "MINERALS"], error.Arguments);
    }

    [Fact]
    public void The_caret_lines_up_under_Chinese_characters()
    {
        var error = Refusal("增加值 / VA", "1");

        Assert.Equal("增加值 / VA\n^^^", error.Excerpt);
        Assert.Equal("Formula.UnknownItem", Refusal("VA / 增加值", "1").Code);
        Assert.Equal("VA / 增加值\n     ^^^", Refusal("VA / 增加值", "1").Excerpt);
    }

    [Fact]
    public void A_formula_written_over_two_lines_is_shown_on_one_with_the_caret_in_place()
    {
        Assert.Equal("VA /  NOPE\n      ^^^^", Refusal("VA /\r\nNOPE", "1").Excerpt);
    }

    [Theory]
    [InlineData("SO2 + W_TAP", "t", 4, "t", "m³")] // tonnes + cubic metres
    [InlineData("VA − E_TOTAL", "万元", 3, "万元", "tce")]
    [InlineData("VA + 1", "万元", 3, "万元", "1")] // a bare number is not money
    public void Adding_quantities_of_different_dimensions_is_refused_at_the_operator(string formula, string unit, int at, string left, string right)
    {
        var error = Refusal(formula, unit);

        Assert.Equal("Formula.UnitMismatch", error.Code);
        Assert.Equal(new TextSpan(at, 1), error.Span);
        Assert.Contains($"{left} and {right} cannot be added", error.Describe(English), StringComparison.Ordinal);
        Assert.Contains($"不能将 {left} 与 {right} 相加减", error.Message(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_commensurable_units_converts_the_right_operand_to_the_left_ones()
    {
        var catalogue = DataItemCatalogue.Create([new DataItem("X_KG", "某排放", "Some emission", "kg", DataItemKind.Quantity)]).Catalogue;
        var definition = new IndicatorDefinition("X_SUM", "合计", "Sum", IndicatorGroup.Custom, "t", Direction.LowerIsBetter, "SO2 + X_KG", "test");
        var indicator = IndicatorCompiler.Check(definition, catalogue, []).Indicator!;

        var value = indicator.Evaluate(catalogue.NewValues().Set("SO2", 800).Set("X_KG", 500));

        Assert.Equal(800.5, value.Value!.Value, 1e-12); // 800 t + 500 kg = 800.5 t
    }

    [Theory]
    [InlineData("VA / ", 3)]
    [InlineData("VA / ()", 3)]
    [InlineData("VA / (", 3)]
    public void An_empty_denominator_is_refused(string formula, int at)
    {
        var error = Refusal(formula, "万元");

        Assert.Equal("Formula.EmptyDenominator", error.Code);
        Assert.Equal(at, error.Span!.Value.Start);
        Assert.Equal($"The division at character {at + 1} has an empty denominator", error.MessageEn);
    }

    [Theory]
    [InlineData("VA / 0", 5)]
    [InlineData("VA / (1 − 1)", 6)]
    [InlineData("VA ÷ 0%", 5)]
    public void A_constant_zero_denominator_is_refused(string formula, int at)
    {
        var error = Refusal(formula, "万元");

        Assert.Equal("Formula.ZeroDenominator", error.Code);
        Assert.Equal(at, error.Span!.Value.Start);
    }

    [Theory]
    [InlineData("", "Formula.Empty", 0)]
    [InlineData("VA / (SW_GEN", "Formula.MissingClose", 5)]
    [InlineData("VA )", "Formula.UnmatchedClose", 3)]
    [InlineData("VA $ 2", "Formula.UnexpectedCharacter", 3)]
    [InlineData("VA SW_GEN", "Formula.UnexpectedToken", 3)]
    [InlineData("VA ×", "Formula.UnexpectedEnd", 4)]
    [InlineData("LOG(VA)", "Formula.UnknownFunction", 0)]
    [InlineData("VA × ()", "Formula.EmptyParentheses", 5)]
    [InlineData("1.2.3", "Formula.InvalidNumber", 0)]
    public void Syntax_errors_are_refused_with_the_spot(string formula, string code, int at)
    {
        var error = Refusal(formula);

        Assert.Equal(code, error.Code);
        Assert.Equal(at, error.Span!.Value.Start);
        Assert.NotEqual(error.MessageZh, error.MessageEn);
        Assert.Contains("^", error.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("VA / MINERAL", "万元/t", 0.25)] // 500,000 万元 ÷ 2,000,000 t
    [InlineData("VA / MINERAL", "元/t", 2_500)] // 0.25 万元/t × 10⁴
    [InlineData("VA / LAND", "万元/公顷", 500)] // 500,000 万元 ÷ 1,000 公顷
    [InlineData("E_TOTAL / VA", "kgce/万元", 290.046)] // 0.290046 tce/万元 × 1,000
    [InlineData("W_FRESH / VA", "m³/万元", 20)]
    public void The_value_is_converted_from_the_inferred_unit_to_the_declared_unit(string formula, string unit, double expected)
    {
        var values = ExamplePark.Compute().Values;

        Assert.Equal(expected, Evaluate(formula, unit, values).Value!.Value, expected * 1e-12);
    }

    [Theory]
    [InlineData("VA / MINERAL", "tce/万元", "万元/t")]
    [InlineData("SW_UTIL / SW_GEN", "t", "1")]
    public void A_result_of_another_dimension_than_the_declared_unit_is_refused(string formula, string unit, string inferred)
    {
        var error = Refusal(formula, unit);

        Assert.Equal("Formula.DeclaredUnitMismatch", error.Code);
        Assert.Equal(new TextSpan(0, formula.Length), error.Span);
        Assert.Equal($"The formula gives {inferred}, which has another dimension than the indicator's unit {unit}", error.MessageEn);
    }

    [Fact]
    public void Multiplying_by_a_bare_100_on_a_percent_indicator_is_refused_because_the_unit_already_does_it()
    {
        var error = Refusal("SW_UTIL / SW_GEN × 100", "%");

        Assert.Equal("Formula.PercentTwice", error.Code);
        Assert.Equal(new TextSpan(19, 3), error.Span);
        Assert.True(Check("SW_UTIL / SW_GEN × 100%", "%").IsValid);
        Assert.True(Check("SW_UTIL / SW_GEN", "%").IsValid);
    }

    [Fact]
    public void An_unknown_declared_unit_is_refused()
    {
        Assert.Equal("Formula.UnknownUnit", Refusal("VA", "furlong").Code);
    }
}
