using CircularPark.Accounts;

namespace CircularPark.Tests.Accounts;

/// <summary>Passwords per OWASP ASVS level 2 (V2.1): length, any characters, no common passwords, not the e-mail's name.</summary>
public class PasswordRulesTests
{
    [Theory]
    [InlineData("correct horse battery", "wang.li@gov.cn")]
    [InlineData("长城长城 黄河黄河 泰山", "wang.li@gov.cn")]
    [InlineData("Test#Pass2026", "city-441800@test.cn")]
    [InlineData("a1b2c3d4e5f6g7", "x@gov.cn")]
    [InlineData("🙂🙂 emoji and spaces", "x@gov.cn")]
    public void Long_uncommon_passwords_of_any_characters_are_accepted(string password, string email) =>
        Assert.Null(PasswordRules.Check(password, email));

    [Theory]
    [InlineData("", "请输入密码")]
    [InlineData("Demo#2026", "至少需要 12 个字符（现为 9 个）")]
    [InlineData("十一个汉字十一个汉字十", "至少需要 12 个字符（现为 11 个）")]
    [InlineData("password1234", "过于常见")]
    [InlineData("qwertyuiop2026", "过于常见")]
    [InlineData("1qaz2wsx3edc", "过于常见")]
    [InlineData("woaini1314520", "过于常见")]
    [InlineData("aaaaaaaaaaaaaa", "过于常见")]
    [InlineData("abcabcabcabcabc", "过于常见")]
    [InlineData("123456789012", "过于常见")]
    [InlineData("zyxwvutsrqponm", "过于常见")]
    [InlineData("my name is wang.li!", "不能包含邮箱的用户名部分“wang.li”")]
    public void Short_common_or_personal_passwords_are_refused_with_the_rule_named(string password, string rule)
    {
        var broken = PasswordRules.Check(password, "Wang.Li@gov.cn");

        Assert.NotNull(broken);
        Assert.Contains(rule, broken.Value.Zh, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(broken.Value.En));
    }

    [Fact]
    public void Length_is_counted_in_characters_and_capped_at_128()
    {
        Assert.Null(PasswordRules.Check(new string('好', 6) + new string('学', 6), "x@gov.cn"));
        Assert.Null(PasswordRules.Check(string.Concat(Enumerable.Repeat("春夏秋冬晴", 25)) + "abc", "x@gov.cn"));
        Assert.NotNull(PasswordRules.Check(string.Concat(Enumerable.Repeat("春夏秋冬晴", 25)) + "abcd", "x@gov.cn"));
        Assert.NotNull(PasswordRules.Check("𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊", "x@gov.cn"));
    }

    [Fact]
    public void A_short_name_part_is_not_held_against_the_password() =>
        Assert.Null(PasswordRules.Check("li is a common syllable", "li@gov.cn"));

    [Fact]
    public void Temporary_passwords_meet_the_rules_and_differ() =>
        Assert.Equal(50, Enumerable.Range(0, 50).Select(_ => TemporaryPassword.New("someone@gov.cn")).Where(p => PasswordRules.Check(p, "someone@gov.cn") is null).Distinct().Count());
}
