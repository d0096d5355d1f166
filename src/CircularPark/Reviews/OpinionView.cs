namespace CircularPark.Reviews;

/// <summary>An expert review opinion as it is published.</summary>
public sealed record OpinionView(int ParkId, string Park, string PlanTitle, string CallDocument, string Organiser,
    string OverallEvaluation, ReviewConclusion Conclusion, bool ItemsNumbered, bool IsPublic, IReadOnlyList<string> Items)
{
    /// <summary>Needs the opinion's items and its participation's park loaded.</summary>
    public static OpinionView From(ReviewOpinion o) => new(o.Participation!.ParkId, o.Participation.Park!.Name, o.PlanTitle, o.CallDocument,
        o.Organiser, o.OverallEvaluation, o.Conclusion, o.ItemsNumbered, o.IsPublic, o.Items.OrderBy(i => i.Number).Select(i => i.Text).ToList());
}
