using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Caps on request bodies (ADR 0056): a form (an upload) may carry one file of <see cref="SheetLimits.MaxFileBytes"/>
/// (20 MB) and its fields; any other body (JSON) <see cref="JsonBytes"/>. A body announced larger is answered 413 at once,
/// in both languages; one sent in chunks is stopped by the server where it passes the cap.
/// </summary>
internal static class RequestLimits
{
    public const long JsonBytes = 4L * 1024 * 1024;

    public static readonly long FormBytes = SheetLimits.Default.MaxFileBytes + 1024 * 1024;

    public static long For(HttpRequest request) => request.HasFormContentType ? FormBytes : JsonBytes;

    public static string MegabytesFor(HttpRequest request) => SheetLimits.Megabytes(For(request));

    public static void AddRequestLimits(this IServiceCollection services) =>
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = FormBytes);

    public static void UseRequestLimits(this WebApplication app) => app.Use(async (http, next) =>
    {
        var max = For(http.Request);
        if (http.Request.ContentLength > max)
        {
            await TypedResults.Problem(Problems.Problem(StatusCodes.Status413PayloadTooLarge, Text.Get("Input.BodyTooLarge", MegabytesFor(http.Request))))
                .ExecuteAsync(http);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature && !(feature.MaxRequestBodySize <= max))
            feature.MaxRequestBodySize = max;
        await next(http);
    });
}
