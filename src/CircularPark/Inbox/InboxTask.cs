namespace CircularPark.Inbox;

/// <summary>A kind of task waiting in someone's inbox.</summary>
public enum InboxTaskKind
{
    /// <summary>待评审方案: an expert's open review.</summary>
    ReviewPlan = 1,
    /// <summary>待形成评审意见: the chair, once the panel has reviewed.</summary>
    CompileOpinion = 2,
    /// <summary>待初审推荐: the city, for an applied park.</summary>
    RecommendPark = 3,
    /// <summary>待组织评审: the province, for a recommended park.</summary>
    AssignExperts = 4,
    /// <summary>待确认评审意见: the province decides on a reviewed park.</summary>
    ConfirmOpinion = 5,
    /// <summary>待修改方案: the park, after "pass after revision".</summary>
    RevisePlan = 6,
    /// <summary>待提交实施方案: the park, listed by its city's promotion plan.</summary>
    SubmitPlan = 7,
    /// <summary>待验收评审: the next review step of an acceptance application (city or province).</summary>
    ReviewAcceptance = 8,
    /// <summary>待备案: the province files a graded acceptance.</summary>
    FileAcceptance = 9,
    /// <summary>待审批延期申请: the province decides a delay request.</summary>
    DecideDelay = 10,
    /// <summary>待修改验收申请: the park, after its application was returned.</summary>
    ReviseAcceptance = 11,
    /// <summary>待申请验收: the park applies (or asks for a delay) before its acceptance deadline.</summary>
    ApplyForAcceptance = 12,
    /// <summary>待落实专家意见: the park answers the open or returned items of the expert opinion on its approved plan.</summary>
    AnswerOpinionItems = 13,
    /// <summary>待确认整改答复: the city confirms or returns its parks' answers to opinion items.</summary>
    ConfirmOpinionItems = 14,
    /// <summary>待审核年度报告: a report waiting for the user's review step (city, province, the ministry for reports to the nation).</summary>
    ReviewReport = 15,
    /// <summary>待报送年度报告: the user's own report (park, city, reporting unit) not yet submitted, due within <see cref="InboxRules.ReportLeadDays"/> days or overdue (逾期未报).</summary>
    SubmitReport = 16,
    /// <summary>待修改退回报告: the user's own report returned by its reviewer.</summary>
    ReviseReport = 17,
    /// <summary>待确认交换协议: an exchange proposed to an enterprise the user speaks for, waiting for that side's agreement.</summary>
    AgreeExchange = 18,
    /// <summary>待确认交付: deliveries recorded by the supplier, waiting for the receiver the user speaks for to confirm them.</summary>
    ConfirmDelivery = 19,
}

/// <summary>
/// One task waiting on a user: what (<see cref="Kind"/>), about whom (<see cref="Subject"/>: the park, or the city or
/// reporting unit whose report it is, or the enterprise that must agree), in which campaign when it belongs to one, due
/// when (a campaign or report date), overdue or not, and where it is done (<see cref="Link"/>).
/// </summary>
public sealed record InboxTask(InboxTaskKind Kind, string? CampaignCode, string? Campaign, int? ParkId, string Subject, DateOnly? DueOn, bool Overdue)
{
    /// <summary>What the task is about beyond its subject and campaign: a report's name and period, an exchange's parties and material.</summary>
    public string? DetailZh { get; init; }
    public string? DetailEn { get; init; }

    /// <summary>The page where the task is done.</summary>
    public string Link { get; init; } = "";
}

/// <summary>The inbox's own rules.</summary>
public static class InboxRules
{
    /// <summary>A report the user owes enters the inbox this many days before its due date (and stays, 逾期未报, until submitted).</summary>
    public const int ReportLeadDays = 30;
}

