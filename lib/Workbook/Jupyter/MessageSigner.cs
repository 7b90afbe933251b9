using System.Security.Cryptography;
using System.Text;

namespace Workbook.Jupyter;

/// <summary>
/// HMAC-SHA256 over a message's header, parent header, metadata and content frames, hex-encoded, as the
/// Jupyter wire protocol requires. With an empty key, messages are unsigned and every signature is accepted.
/// </summary>
internal sealed class MessageSigner(string key)
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(key);

    public string Sign(IReadOnlyList<byte[]> frames)
    {
        if (key.Length == 0) return "";
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var frame in frames) hmac.AppendData(frame);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    public bool Verify(string signature, IReadOnlyList<byte[]> frames)
    {
        if (key.Length == 0) return true;
        var expected = Encoding.ASCII.GetBytes(Sign(frames));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
