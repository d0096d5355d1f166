using CircularPark.Acceptance;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark;

/// <summary>The use cases of acceptance (验收), demonstration parks and the experience library (issue 5), for the web app and the CLI alike.</summary>
public static class AcceptanceServices
{
    public static IServiceCollection AddCircularParkAcceptance(this IServiceCollection services) => services
        .AddScoped<SetAcceptanceRules>().AddScoped<GetAcceptance>().AddScoped<SaveAcceptanceDraft>().AddScoped<SubmitAcceptance>()
        .AddScoped<ReviewAcceptance>().AddScoped<FileAcceptance>().AddScoped<RequestDelay>().AddScoped<DecideDelay>()
        .AddScoped<DesignateDemonstration>().AddScoped<GetAcceptanceResults>().AddScoped<GetParkAcceptanceStandings>()
        .AddScoped<RecordPublishedResults>().AddScoped<ImportPublishedResults>()
        .AddScoped<IssueFailedParksNotice>().AddScoped<GetFailedParksNotice>().AddScoped<SpotCheckResults>().AddScoped<Plans.RecordPlanPreparation>()
        .AddScoped<SearchExperienceCases>().AddScoped<GetExperienceCase>().AddScoped<SaveExperienceCase>().AddScoped<PublishExperienceCase>();
}
