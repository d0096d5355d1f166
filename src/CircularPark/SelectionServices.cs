using CircularPark.Inbox;
using CircularPark.Campaigns;
using CircularPark.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark;

/// <summary>The use cases of campaign set-up, selection and review (issue 4), for the web app and the CLI alike.</summary>
public static class SelectionServices
{
    public static IServiceCollection AddCircularParkSelection(this IServiceCollection services) => services
        .AddScoped<SetUpCampaign>().AddScoped<EditCampaign>().AddScoped<ChangeChecklist>().AddScoped<ListInPromotionPlan>().AddScoped<GetPromotionPlans>()
        .AddScoped<ApplyForCampaign>().AddScoped<RecommendPark>().AddScoped<ReturnPark>().AddScoped<ExpertProfiles>()
        .AddScoped<AssignExperts>().AddScoped<SubmitReview>().AddScoped<CompileOpinion>().AddScoped<ResubmitRevision>()
        .AddScoped<DecidePark>().AddScoped<PublishList>().AddScoped<GetParticipation>().AddScoped<GetInbox>().AddScoped<BuildNotice>()
        .AddScoped<GetFollowUp>().AddScoped<GetFollowUpOverview>().AddScoped<AnswerOpinionItem>().AddScoped<DecideOpinionItem>();
}
