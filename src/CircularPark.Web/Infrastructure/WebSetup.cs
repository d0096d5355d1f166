using System.Globalization;
using CircularPark.Accounts;
using CircularPark.Auditing;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.MaterialFlows;
using CircularPark.Parks;
using CircularPark.Web.Pages.Import;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace CircularPark.Web.Infrastructure;

/// <summary>Service registration and the middleware pipeline, kept out of Program.cs.</summary>
internal static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static void AddCircularPark(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        SqliteThreads.Configure(builder.Configuration);
        services.AddCircularParkData(builder.Configuration);
        services.AddCircularParkRegions();
        services.AddHttpContextAccessor();
        services.AddScoped<IActor, HttpActor>();
        services.AddScoped<CircularPark.Auditing.ReadAuditLog>();
        services.AddScoped<ImportParks>();
        services.AddScoped<SeedDatabase>();
        services.AddScoped<SearchParks>();
        services.AddScoped<GetCampaignSummary>();
        services.AddScoped<GetCampaignOverview>();
        services.AddScoped<UpdatePark>();
        services.AddScoped<GetParkDetail>();
        services.AddScoped<ChangeParkAliases>();
        services.AddScoped<ImportUploads>();
        services.AddScoped<GetMaterialFlowModels>();
        services.AddScoped<GetMaterialFlowModel>();
        services.AddScoped<GetMaterialFlowDataItems>();
        services.AddScoped<CreateMaterialFlowModel>();
        services.AddScoped<SaveMaterialFlowModel>();
        services.AddScoped<DeleteMaterialFlowModel>();
        services.AddScoped<ReconcileMaterialFlowLayer>();
        services.AddScoped<CompareMaterialFlowModels>();
        services.AddScoped<ImportMaterialFlowModel>();
        services.AddScoped<DemoMaterialFlows>();
        services.AddScoped<CircularPark.Demo.DemoPark>();
        services.AddScoped<GetMaterialFlowChapterModels>();
        services.AddScoped<CircularPark.Indicators.IndicatorCatalog>();
        services.AddScoped<CircularPark.Indicators.ComputeIndicators>();
        services.AddScoped<CircularPark.Indicators.DefineIndicator>();
        services.AddScoped<CircularPark.Statistics.SaveParkStatistics>();
        services.AddScoped<CircularPark.Statistics.SubmitParkStatistics>();
        services.AddScoped<CircularPark.Statistics.GetParkStatistics>();
        services.AddScoped<CircularPark.Plans.CreatePlan>();
        services.AddScoped<CircularPark.Plans.SavePlanDraft>();
        services.AddScoped<CircularPark.Plans.SubmitPlan>();
        services.AddScoped<CircularPark.Plans.RevisePlan>();
        services.AddScoped<CircularPark.Plans.GetPlan>();
        services.AddScoped<CircularPark.Statistics.ImportStatistics>();
        services.AddScoped<CircularPark.Statistics.CheckStatistics>();
        services.AddScoped<CircularPark.Reports.SaveReportDraft>();
        services.AddScoped<CircularPark.Reports.MoveReport>();
        services.AddScoped<CircularPark.Reports.GetReportTimeliness>();
        services.AddScoped<CircularPark.Overview.GetRegionOverview>();
        services.AddScoped<CampaignNames>();
        services.AddScoped<CircularPark.Reports.SendReminders>();
        services.AddScoped<CircularPark.Reports.GetProvinceSummary>();
        services.AddScoped<CircularPark.Reports.DrawSpotCheck>();
        services.AddScoped<CircularPark.Reports.SaveCityReportDraft>();
        services.AddScoped<CircularPark.Reports.GetCityReportSummary>();
        services.AddScoped<CircularPark.Reports.GetNationReport>();
        services.AddScoped<CircularPark.Reports.SaveNationReportDraft>();
        services.AddScoped<CircularPark.Campaigns.GetEligibility>();
        services.AddScoped<CircularPark.Campaigns.DecideEligibility>();
        services.AddScoped<CircularPark.Campaigns.SetEligibilityPrinciples>();
        services.AddScoped<CircularPark.Reports.TrackProjects>();
        services.AddScoped<CircularPark.Reports.GetFiveYearSummary>();
        services.AddSingleton<ReminderJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderJob>());
        services.AddScoped<CircularPark.Plans.AssessPlanAchievement>();
        services.AddScoped<CircularPark.Plans.CheckAcceptanceEligibility>();
        services.AddCircularParkSelection();
        services.AddCircularParkAcceptance();
        services.AddCircularParkSymbiosis();
        services.AddCircularParkAccounts();
        services.AddCircularParkFunds();
        services.AddCircularParkAssessment();

        services.AddIdentity<AppUser, IdentityRole>(CircularPark.Accounts.AccountsSetup.Configure)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<ScopeClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "circularpark";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        builder.AddCircularParkSecurity();

        services.AddLocalization();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizerFactory, TsvStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Pages are Chinese unless the user picks English (query or cookie); API clients may also ask with Accept-Language.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new ApiAcceptLanguageProvider()];
        });
        // Pages carry Chinese text as it is, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Required-ness is the use cases' rule, with messages in both languages, not MVC's implicit one.
        services.AddRazorPages().AddMvcOptions(o =>
        {
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            o.Filters.Add<PageInputFilter>();
        }).AddViewLocalization().AddDataAnnotationsLocalization();
        // Input limits and checks (ADR 0056): body caps, binding failures thrown to RequestProblems to be answered in both languages.
        services.AddRequestLimits();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseBusyHandler>();
        services.AddExceptionHandler<DatabaseConflictHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddPublicCache();
        services.AddSharedCompression();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
    }

    public static void UseCircularPark(this WebApplication app)
    {
        app.UseCircularParkSecurity();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseRequestLimits();
        app.UseCrossSiteRequestCheck();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UsePasswordChangeGate();
        app.UseAuthorization();
        app.UseOutputCache(); // after authentication: a signed-in user's request is never answered from the cache
        app.UseSharedCompression(); // inside the output cache: it keeps the compressed body (ADR 0093)
        app.UseRequestProblems();
        if (SecuritySetup.ApiDocsEnabled(app))
        {
            app.MapOpenApi();
            app.UseSwaggerUI(o =>
            {
                o.SwaggerEndpoint("/openapi/v1.json", "CircularPark API v1");
                o.RoutePrefix = "api/docs";
                o.DocumentTitle = "CircularPark API";
            });
        }
    }

    /// <summary>Accept-Language, for /api requests only.</summary>
    private sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                ? base.DetermineProviderCultureResult(httpContext)
                : NullProviderCultureResult;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
