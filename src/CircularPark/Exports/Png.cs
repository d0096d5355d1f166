using System.Buffers.Binary;
using System.IO.Compression;

namespace CircularPark.Exports;

/// <summary>An RGBA picture in memory (8 bits per channel, row-major, top row first) with a few drawing primitives.</summary>
public sealed class RgbaImage
{
    public RgbaImage(int width, int height, uint background = 0xFFFFFFFF)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        (Width, Height, Pixels) = (width, height, new byte[width * height * 4]);
        FillRect(0, 0, width, height, background);
    }

    public int Width { get; }
    public int Height { get; }
    /// <summary>R, G, B, A of each pixel.</summary>
    public byte[] Pixels { get; }

    /// <summary>The pixel at (x, y) as 0xRRGGBBAA.</summary>
    public uint this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 4;
            return (uint)(Pixels[i] << 24 | Pixels[i + 1] << 16 | Pixels[i + 2] << 8 | Pixels[i + 3]);
        }
    }

    /// <summary>Paints the rectangle [x0, x1) × [y0, y1) (clipped) with 0xRRGGBBAA, blending by its alpha over the picture.</summary>
    public void FillRect(double x0, double y0, double x1, double y1, uint rgba)
    {
        var (left, right) = (Math.Max(0, (int)Math.Round(x0)), Math.Min(Width, (int)Math.Round(x1)));
        var (top, bottom) = (Math.Max(0, (int)Math.Round(y0)), Math.Min(Height, (int)Math.Round(y1)));
        for (var y = top; y < bottom; y++)
            for (var x = left; x < right; x++) Blend(x, y, rgba);
    }

    /// <summary>Paints pixel column x from y0 to y1 with anti-aliased ends (fractional coverage).</summary>
    public void FillSpan(int x, double y0, double y1, uint rgba)
    {
        if (x < 0 || x >= Width || y1 <= y0) return;
        var alpha = rgba & 0xFF;
        for (var y = Math.Max(0, (int)Math.Floor(y0)); y < Math.Min(Height, (int)Math.Ceiling(y1)); y++)
        {
            var coverage = Math.Min(y + 1, y1) - Math.Max(y, y0);
            Blend(x, y, (rgba & 0xFFFFFF00) | (uint)Math.Round(alpha * Math.Clamp(coverage, 0, 1)));
        }
    }

    private void Blend(int x, int y, uint rgba)
    {
        var i = (y * Width + x) * 4;
        var a = (rgba & 0xFF) / 255.0;
        for (var c = 0; c < 3; c++)
        {
            var source = (rgba >> (24 - 8 * c)) & 0xFF;
            Pixels[i + c] = (byte)Math.Round(source * a + Pixels[i + c] * (1 - a));
        }
        Pixels[i + 3] = (byte)Math.Round(255 * (a + Pixels[i + 3] / 255.0 * (1 - a)));
    }
}

/// <summary>
/// Encodes an <see cref="RgbaImage"/> as PNG (ISO/IEC 15948): signature, IHDR (8-bit RGBA), one IDAT with the
/// scanlines (each with filter "Up", better for the flat areas of charts) compressed by zlib, and IEND; every chunk
/// with its CRC-32. No image library is involved.
/// </summary>
public static class PngEncoder
{
    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(RgbaImage image)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8; // bit depth
        header[9] = 6; // colour type: RGBA
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", Compress(image));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Compress(RgbaImage image)
    {
        var stride = image.Width * 4;
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var line = new byte[stride + 1];
            line[0] = 2; // filter: Up
            for (var y = 0; y < image.Height; y++)
            {
                var row = image.Pixels.AsSpan(y * stride, stride);
                for (var i = 0; i < stride; i++)
                    line[i + 1] = (byte)(row[i] - (y == 0 ? 0 : image.Pixels[(y - 1) * stride + i]));
                zlib.Write(line);
            }
        }
        return compressed.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(typeBytes, data));
        png.Write(word);
    }
}

/// <summary>CRC-32 as PNG and zlib's gzip use it (polynomial 0xEDB88320, reflected, initial and final XOR 0xFFFFFFFF).</summary>
public static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(params ReadOnlySpan<byte[]> parts)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var part in parts)
            foreach (var b in part) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
