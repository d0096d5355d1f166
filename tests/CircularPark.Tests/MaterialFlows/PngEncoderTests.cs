using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using CircularPark.Exports;

namespace CircularPark.Tests.MaterialFlows;

public class PngEncoderTests
{
    [Fact]
    public void A_picture_encodes_to_a_PNG_whose_chunks_check_and_whose_pixels_decode_back()
    {
        var image = new RgbaImage(7, 5);
        image.FillRect(2, 1, 5, 4, 0x102030FFu);
        image.FillRect(0, 0, 1, 1, 0xFF000080u); // half-transparent red over white

        var png = PngEncoder.Encode(image);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = Chunks(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.All(chunks, c => Assert.Equal(BitwiseCrc(Encoding.ASCII.GetBytes(c.Type).Concat(c.Data).ToArray()), c.Crc));
        var header = chunks[0].Data;
        Assert.Equal(7, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(5, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal([8, 6, 0, 0, 0], header[8..]);
        var pixels = Decode(chunks[1].Data, 7, 5);
        Assert.Equal([0x10, 0x20, 0x30, 0xFF], Pixel(pixels, 7, 3, 2));
        Assert.Equal([0xFF, 0xFF, 0xFF, 0xFF], Pixel(pixels, 7, 6, 4));
        Assert.Equal([0xFF, 0x7F, 0x7F, 0xFF], Pixel(pixels, 7, 0, 0));
    }

    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)] // the CRC-32 check value
    [InlineData("IEND", 0xAE426082u)] // the CRC every PNG ends with
    public void Crc32_matches_the_standard_check_values(string text, uint expected) =>
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));

    private static List<(string Type, byte[] Data, uint Crc)> Chunks(byte[] png)
    {
        var chunks = new List<(string, byte[], uint)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png[(at + 8)..(at + 8 + length)];
            chunks.Add((type, data, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length))));
            at += 12 + length;
        }
        return chunks;
    }

    /// <summary>Inflates and unfilters the scanlines (filters None, Sub and Up, which are all an encoder of flat pictures needs).</summary>
    private static byte[] Decode(byte[] idat, int width, int height)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        var stride = width * 4;
        Assert.Equal((stride + 1) * height, raw.Length);
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var x = raw[y * (stride + 1) + 1 + i];
                var left = i >= 4 ? pixels[y * stride + i - 4] : 0;
                var up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                pixels[y * stride + i] = (byte)(filter switch { 0 => x, 1 => x + left, 2 => x + up, _ => throw new InvalidDataException($"filter {filter}") });
            }
        }
        return pixels;
    }

    private static byte[] Pixel(byte[] pixels, int width, int x, int y) => pixels[((y * width + x) * 4)..((y * width + x) * 4 + 4)];

    private static uint BitwiseCrc(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }
}
