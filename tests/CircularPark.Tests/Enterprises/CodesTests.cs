using CircularPark.Enterprises;

namespace CircularPark.Tests.Enterprises;

public class CodesTests
{
    [Theory]
    [InlineData("C3982", "C3982")]
    [InlineData(" c 3982 ", "C3982")]
    [InlineData("3982", "3982")]
    [InlineData("D44", "D44")]
    [InlineData("A0412", "A0412")]
    [InlineData("301", "301")]
    [InlineData("T97", "T97")]
    [InlineData("D3982", null)]   // 39 is manufacturing (C), not D
    [InlineData("C4411", null)]   // 44 is D
    [InlineData("9", null)]
    [InlineData("39821", null)]
    [InlineData("98", null)]      // no division 98
    [InlineData("00", null)]
    [InlineData("CC39", null)]
    [InlineData("", null)]
    public void Industry_codes_follow_GB_T_4754_with_a_section_letter_that_matches_the_division(string text, string? expected) =>
        Assert.Equal(expected, IndustryCodes.Normalise(text));

    [Theory]
    [InlineData("C3982", "C39")]
    [InlineData("4411", "D44")]
    [InlineData("A0412", "A04")]
    public void The_division_of_a_code_carries_its_section(string code, string division) => Assert.Equal(division, IndustryCodes.Division(code));

    [Theory]
    [InlineData("900-001-S02", "900-001-S02")]
    [InlineData("s07", "S07")]
    [InlineData("SW59", "S59")]
    [InlineData("441-001-s06", "441-001-S06")]
    [InlineData("S08", null)]     // S08 is not an industrial category
    [InlineData("S60", null)]     // S60–S69 are domestic waste
    [InlineData("S00", null)]
    [InlineData("900-01-S02", null)]
    [InlineData("HW49", null)]
    public void General_solid_waste_codes_are_industrial_categories_of_the_2024_catalogue(string text, string? expected) =>
        Assert.Equal(expected, WasteCodes.NormaliseSolidWaste(text));

    [Theory]
    [InlineData("HW49", "HW49")]
    [InlineData(" hw01 ", "HW01")]
    [InlineData("900-045-49", "900-045-49")]
    [InlineData("HW51", null)]
    [InlineData("HW00", null)]
    [InlineData("900-045-51", null)]
    [InlineData("HW4", null)]
    public void Permit_entries_are_hazardous_waste_categories_or_codes(string text, string? expected) =>
        Assert.Equal(expected, WasteCodes.NormalisePermitEntry(text));

    [Theory]
    [InlineData(QuantityUnit.Tonne, 5, 5)]
    [InlineData(QuantityUnit.TenThousandTonnes, 1.5, 15_000)]
    [InlineData(QuantityUnit.Kilogram, 2_500, 2.5)]
    [InlineData(QuantityUnit.CubicMetre, 7, 7)]
    [InlineData(QuantityUnit.TenThousandCubicMetres, 70, 700_000)]
    public void Every_unit_converts_to_tonnes(QuantityUnit unit, double quantity, double tonnes) => Assert.Equal(tonnes, unit.ToTonnes(quantity));

    [Theory]
    [InlineData("万吨", QuantityUnit.TenThousandTonnes)]
    [InlineData("t", QuantityUnit.Tonne)]
    [InlineData("吨/年", QuantityUnit.Tonne)]
    [InlineData("m3", QuantityUnit.CubicMetre)]
    [InlineData("10⁴ m³/yr", QuantityUnit.TenThousandCubicMetres)]
    public void Units_are_read_in_the_spellings_people_use(string text, QuantityUnit unit)
    {
        Assert.True(QuantityUnits.TryParse(text, out var parsed));
        Assert.Equal(unit, parsed);
    }
}
