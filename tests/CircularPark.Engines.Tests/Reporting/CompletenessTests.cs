using CircularPark.Engines.Reporting;

namespace CircularPark.Engines.Tests.Reporting;

public class CompletenessTests
{
    private static readonly DateTime Deadline = new(2026, 12, 31, 15, 59, 59, DateTimeKind.Utc); // 31 Dec, end of day in Beijing

    [Fact]
    public void One_on_time_one_late_one_missing_gives_exact_figures_per_group()
    {
        ExpectedReporter[] expected = [new(1, ["", "441800"]), new(2, ["", "441800"]), new(3, ["", "440300"])];
        var submissions = new Dictionary<int, DateTime>
        {
            [1] = Deadline.AddDays(-3),
            [2] = Deadline.AddDays(2),
        };

        var figures = Completeness.Compute(expected, submissions, Deadline, Deadline.AddDays(10)).ToDictionary(f => f.Group);

        Assert.Equal(new CompletenessFigures("", 3, 2, 1, 1, 1), figures[""]);
        Assert.Equal(new CompletenessFigures("441800", 2, 2, 1, 1, 0), figures["441800"]);
        Assert.Equal(new CompletenessFigures("440300", 1, 0, 0, 0, 1), figures["440300"]);
        Assert.Equal(2.0 / 3, figures[""].Completeness, 12);
        Assert.Equal(1.0 / 3, figures[""].Timeliness, 12);
    }

    [Fact]
    public void Reporters_that_were_not_expected_never_push_a_figure_above_100_percent()
    {
        var figures = Completeness.Compute([new(1, [""])], new Dictionary<int, DateTime> { [1] = Deadline, [9] = Deadline }, Deadline, Deadline);

        Assert.Equal(1.0, Assert.Single(figures).Completeness);
        Assert.Equal(1, figures[0].Submitted);
    }

    [Fact]
    public void A_submission_after_the_moment_asked_about_is_not_yet_counted()
    {
        var figures = Completeness.Compute([new(1, [""])], new Dictionary<int, DateTime> { [1] = Deadline.AddDays(5) }, Deadline, Deadline.AddDays(1));

        Assert.Equal(new CompletenessFigures("", 1, 0, 0, 0, 1), Assert.Single(figures));
    }

    [Fact]
    public void A_group_with_nobody_expected_is_complete()
    {
        Assert.Equal(1.0, new CompletenessFigures("x", 0, 0, 0, 0, 0).Completeness);
        Assert.Empty(Completeness.Compute([], new Dictionary<int, DateTime>(), Deadline, Deadline));
    }
}
