using CircularPark.Localization;

namespace CircularPark.Imports;

/// <summary>
/// Caps on what an uploaded spreadsheet may be and unpack to (ADR 0056). A workbook is a zip: a 200 KB file can unpack
/// to gigabytes, and one cell at column ZZZZZ would make a row of 12 million cells. Every reader goes through
/// <see cref="TableReader"/>, which checks the zip directory (sizes, compression ratio) before reading, reads the XML as a
/// stream, and refuses a cell reference, row, cell or string beyond these caps instead of allocating it.
/// </summary>
public sealed record SheetLimits
{
    public static readonly SheetLimits Default = new();

    /// <summary>The file itself (also the upload limit).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>All parts of the zip together, unpacked.</summary>
    public long MaxUnpackedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Unpacked ÷ packed size of one part larger than <see cref="RatioCheckedAboveBytes"/> (Apache POI uses 100 as well).</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    public long RatioCheckedAboveBytes { get; init; } = 1024 * 1024;

    /// <summary>Parts in the zip.</summary>
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>Data rows with content, in one sheet (the header row is not counted).</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Columns: a cell reference further right is refused.</summary>
    public int MaxColumns { get; init; } = 256;

    /// <summary>Cells kept from the whole file, counting the empty cells a row needs up to its last value.</summary>
    public int MaxCells { get; init; } = 1_000_000;

    /// <summary>Characters in one cell (Excel's own limit).</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>Entries in the shared-strings table.</summary>
    public int MaxSharedStrings { get; init; } = 1_000_000;

    /// <summary>Characters in the shared-strings table.</summary>
    public long MaxSharedStringChars { get; init; } = 16_000_000;

    /// <summary>Whole megabytes, as the messages name limits.</summary>
    public static string Megabytes(long bytes) => (bytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A file the product refuses to read because it breaks one of the <see cref="SheetLimits"/>: <see cref="Status"/> is 413
/// (too large: file, unpacked size, compression ratio, strings) or 422 (too many rows, columns or cells). Use cases report
/// it like any unreadable file; the API answers it with that status before the file reaches a use case.
/// </summary>
public sealed class InputLimitException(string rule, Bilingual reason, int status) : TableReadException(rule, reason)
{
    public const int TooLarge = 413;
    public const int TooMany = 422;

    public int Status { get; } = status;

    /// <summary>The limit <paramref name="rule"/> broken; the message is <c>Limit.{rule}</c> formatted with <paramref name="args"/>.</summary>
    public static InputLimitException Of(string rule, int status, params object?[] args) => new(rule, Text.Get($"Limit.{rule}", args), status);
}
