using CircularPark.Campaigns;

namespace CircularPark.Plans;

/// <summary>
/// The main tasks of a campaign's template (domain.md §7): the national five (002), Jiangsu's seven (003), or none where
/// the campaign's document sets none. Names: Messages "Task.&lt;code&gt;".
/// </summary>
public static class TaskTemplates
{
    private static readonly string[] NationalFive = ["N1", "N2", "N3", "N4", "N5"];
    private static readonly string[] JiangsuSeven = ["J1", "J2", "J3", "J4", "J5", "J6", "J7"];

    /// <summary>The tasks the campaign prescribes, which a new plan starts with (none when its document sets none).</summary>
    public static IReadOnlyList<string> Of(TaskTemplate template) => template switch
    {
        TaskTemplate.NotSet => [],
        TaskTemplate.JiangsuSeven => JiangsuSeven,
        _ => NationalFive,
    };

    /// <summary>
    /// The task codes a plan of the campaign may use: the template's, or, where the document sets none, either known set
    /// (a plan may still follow the national five or Jiangsu's seven; plans written before the correction keep theirs).
    /// </summary>
    public static IReadOnlyList<string> Allowed(TaskTemplate template) =>
        template == TaskTemplate.NotSet ? [.. NationalFive, .. JiangsuSeven] : Of(template);
}
