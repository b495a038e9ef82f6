namespace Lantern.Web.Services;

/// <summary>Form and query text as the store wants it: trimmed, and null when nothing was typed.</summary>
internal static class FormText
{
    public static string? OrNull(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
