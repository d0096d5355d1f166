using CircularPark.Campaigns;

namespace CircularPark.Plans;

/// <summary>The main tasks of a campaign's template (domain.md §7): the national five (002) or Jiangsu's seven (003). Names: Messages "Task.&lt;code&gt;".</summary>
public static class TaskTemplates
{
    public static IReadOnlyList<string> Of(TaskTemplate template) => template switch
    {
        TaskTemplate.JiangsuSeven => ["J1", "J2", "J3", "J4", "J5", "J6", "J7"],
        _ => ["N1", "N2", "N3", "N4", "N5"],
    };
}
