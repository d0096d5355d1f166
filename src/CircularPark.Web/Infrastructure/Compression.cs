using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Compressed answers where they are shared and made once (ADR 0093): the public pages and APIs kept by the output cache
/// (<see cref="PublicCache"/>) are compressed (Brotli or gzip, as the client accepts) when they are made, and the cache keeps
/// the compressed body per Accept-Encoding; a cached report body (<see cref="EncodedBody"/>) keeps its compressed forms
/// beside it. Nothing else is compressed: a signed-in user's page carries the anti-forgery token, and compressing a secret
/// beside text the request chose is what BREACH reads; a shared answer holds no secret, and one made per request would pay
/// the compression on every request.
/// </summary>
internal static class Compression
{
    /// <summary>The kinds of body worth compressing: text, JSON (also problem details), SVG.</summary>
    private static readonly string[] MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "image/svg+xml"];

    public static void AddSharedCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // only shared answers are compressed, which carry no secret (see above)
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, SharedAnswersOnly>();
    }

    /// <summary>Inside the output cache, so that what it stores is the compressed body and a hit is served without compressing again.</summary>
    public static void UseSharedCompression(this WebApplication app) => app.UseResponseCompression();

    /// <summary>The platform's negotiation, for answers the output cache may store (anonymous GET/HEAD of a public endpoint) only.</summary>
    private sealed class SharedAnswersOnly(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.Features.Get<IOutputCacheFeature>() is { Context: { EnableOutputCaching: true, AllowCacheStorage: true } }
            && base.ShouldCompressResponse(context);
    }
}

/// <summary>
/// A response body kept in a cache with its Brotli and gzip forms, each made once on the first request that accepts it
/// (ADR 0093). A province's campaign indicators are ~2 MB of JSON and ~0.2 MB compressed: sending the compressed form
/// costs the server (and the network) a tenth.
/// </summary>
public sealed class EncodedBody(byte[] identity)
{
    private byte[]? brotli, gzip;

    public byte[] Identity => identity;

    /// <summary>The body in <paramref name="encoding"/> ("br", "gzip", or null for none).</summary>
    public byte[] In(string? encoding) => encoding switch
    {
        null => identity,
        "br" => LazyInitializer.EnsureInitialized(ref brotli, () => Compress(s => new BrotliStream(s, CompressionLevel.Optimal))),
        "gzip" => LazyInitializer.EnsureInitialized(ref gzip, () => Compress(s => new GZipStream(s, CompressionLevel.Optimal))),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "br, gzip or null"),
    };

    private byte[] Compress(Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream(identity.Length / 4);
        using (var stream = encoder(output)) stream.Write(identity);
        return output.ToArray();
    }
}

/// <summary>
/// A cached JSON body (<see cref="EncodedBody"/>) answered in the encoding the request accepts, with <c>Vary: Accept-Encoding</c>
/// (the endpoint declares its schema with <c>Produces&lt;T&gt;</c>).
/// </summary>
public sealed class EncodedJson(EncodedBody body) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        // The platform's negotiation (Brotli, else gzip, by the request's Accept-Encoding), the same the output cache's answers get.
        var encoding = httpContext.RequestServices.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(httpContext)?.EncodingName;
        var bytes = body.In(encoding);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (encoding is not null) response.Headers.ContentEncoding = encoding;
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}
