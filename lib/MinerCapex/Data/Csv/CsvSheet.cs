using System.Buffers;
using System.Text;
using Sylvan.Data.Csv;

namespace MinerCapex.Data.Csv;

/// <summary>
/// A comma-separated file read record by record, with its columns found by header name. Every
/// problem becomes a <see cref="DataFormatException"/> that points at the file, line and column.
/// </summary>
/// <remarks>
/// Lines are counted as records: line 1 is the header and record <c>n</c> is on line <c>n + 1</c>.
/// A quoted field spanning several lines would shift the count; none of the project's files has one.
/// Blank lines are accepted at the end of a file only, so that the line of every record stays predictable.
/// </remarks>
internal sealed class CsvSheet : IDisposable
{
    private static readonly char[] OtherDelimiters = [';', '\t', '|'];

    // Per-file buffers stay below the large-object heap, and Sylvan's record buffer is pooled: loading
    // hundreds of files otherwise spends more time collecting buffers than parsing.
    private const int FileBufferBytes = 1 << 14;
    private const int RecordBufferChars = 1 << 15;

    private readonly CsvDataReader _reader;
    private readonly char[] _buffer;
    private readonly int[] _ordinals;
    private readonly int _width;
    private int _blankLine;
    private bool _overrun;

    private CsvSheet(string path, CsvDataReader reader, char[] buffer, int[] ordinals)
    {
        Path = path;
        _reader = reader;
        _buffer = buffer;
        _ordinals = ordinals;
        _width = reader.FieldCount;
    }

    /// <summary>The file as the caller named it.</summary>
    public string Path { get; }

    /// <summary>1-based line of the current record.</summary>
    public int Line { get; private set; }

    /// <summary>
    /// Opens <paramref name="path"/> and checks that its header holds every name of <paramref name="columns"/>
    /// (any order, any letter case, extra columns ignored). Field <c>k</c> of a record is then column <c>columns[k]</c>;
    /// the <paramref name="optional"/> columns follow as fields <c>columns.Count + j</c>, read as empty when the file lacks them.
    /// </summary>
    public static CsvSheet Open(string path, IReadOnlyList<string> columns, IReadOnlyList<string>? optional = null)
    {
        // The StreamReader consumes a BOM; the FileStream does no buffering of its own (bufferSize 1).
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var text = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: FileBufferBytes);
        var buffer = ArrayPool<char>.Shared.Rent(RecordBufferChars);
        CsvDataReader? reader = null;
        try
        {
            reader = CsvDataReader.Create(text, buffer, new CsvDataReaderOptions { Delimiter = ',', HasHeaders = true });
            return new CsvSheet(path, reader, buffer, MapColumns(path, reader, columns, optional ?? []));
        }
        catch (CsvMissingHeadersException)
        {
            Release(text, reader, buffer);
            throw new DataFormatException(path, 1, 0, null, $"a header line '{string.Join(',', columns)}' (the file is empty)");
        }
        catch (CsvRecordTooLargeException)
        {
            // Opening reads ahead into the first record: the overrun is there unless the header itself is at fault.
            Release(text, reader, buffer);
            throw TooLarge(path, HeaderFits(path) ? 2 : 1);
        }
        catch
        {
            Release(text, reader, buffer);
            throw;
        }
    }

    /// <summary>
    /// Moves to the next record; false at the end of the file. A record of the wrong width, or one that follows a
    /// blank line, throws; after the second the record itself is still there to read (<see cref="RecordReady"/>),
    /// for a caller that collects every problem.
    /// </summary>
    public bool Next()
    {
        while (ReadRecord())
        {
            Line = _reader.RowNumber + 1;
            RecordReady = false;
            if (_reader.RowFieldCount <= 1 && _reader.GetFieldSpan(0).Trim().IsEmpty)
            {
                if (_blankLine == 0) _blankLine = Line;
                continue;
            }
            CheckWidth();
            RecordReady = true;
            if (_blankLine != 0)
            {
                var blank = _blankLine;
                _blankLine = 0;
                throw new DataFormatException(Path, blank, 0, "", "a record (blank lines are allowed only at the end of the file)");
            }
            return true;
        }
        RecordReady = false;
        return false;
    }

    // A record that does not fit the buffer is a malformed file, almost always a stray quote that runs a field on over
    // every following line; it is reported at the line where that record starts, which follows the last one read.
    private bool ReadRecord()
    {
        // After an overrun the reader's place in the file is lost: a caller collecting every problem stops there.
        if (_overrun) return false;
        try
        {
            return _reader.Read();
        }
        catch (CsvRecordTooLargeException)
        {
            _overrun = true;
            RecordReady = false;
            throw TooLarge(Path, Line + 1);
        }
    }

    private static DataFormatException TooLarge(string path, int line) =>
        new(path, line, 0, LineStart(path, line),
            $"a line of at most {RecordBufferChars:N0} characters; the record starting here is longer (a stray '\"' runs a field on over the lines after it, to the next quote)");

    // True when the header line ends within the buffer and closes every quote it opens.
    private static bool HeaderFits(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[RecordBufferChars];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var end = Array.IndexOf(buffer, '\n', 0, read);
        return end >= 0 && buffer.AsSpan(0, end).Count('"') % 2 == 0;
    }

    // The first characters of the line, to quote in the message; read again only on this error path.
    private static string? LineStart(string path, int line)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            for (var i = 1; i < line; i++)
            {
                if (reader.ReadLine() is null) return null;
            }
            var buffer = new char[40];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            var start = new string(buffer, 0, read).Split('\n')[0].TrimEnd('\r');
            return read == buffer.Length && start.Length == read ? start + "…" : start;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>True when the current record has the header's width and can be read, even if <see cref="Next"/> threw.</summary>
    public bool RecordReady { get; private set; }

    /// <summary>True when the file has column <paramref name="k"/> (an optional column may be absent).</summary>
    public bool Has(int k) => _ordinals[k] >= 0;

    /// <summary>The raw text of field <paramref name="k"/> of the current record; empty for an optional column the file lacks.</summary>
    public ReadOnlySpan<char> Span(int k) => _ordinals[k] < 0 ? [] : _reader.GetFieldSpan(_ordinals[k]);

    /// <summary>1-based column number of field <paramref name="k"/> in the file.</summary>
    public int Column(int k) => _ordinals[k] + 1;

    /// <summary>An error about field <paramref name="k"/> of the current record, quoting its text.</summary>
    public DataFormatException Error(int k, string expected) => new(Path, Line, Column(k), Span(k).ToString(), expected);

    /// <summary>Field <paramref name="k"/>, trimmed; it must not be empty.</summary>
    public string Text(int k)
    {
        var t = Span(k).Trim();
        if (t.IsEmpty) throw Error(k, "a non-empty value");
        return t.ToString();
    }

    /// <summary>Field <paramref name="k"/>, trimmed; empty text is returned as is.</summary>
    public string TextOrEmpty(int k) => Span(k).Trim().ToString();

    /// <summary>Field <paramref name="k"/>, trimmed, or null when it is empty.</summary>
    public string? TextOrNull(int k)
    {
        var t = Span(k).Trim();
        return t.IsEmpty ? null : t.ToString();
    }

    /// <summary>A finite number, or null for an empty or <c>null</c> field.</summary>
    public double? NumberOrNull(int k)
    {
        var s = Span(k);
        if (FieldText.IsMissing(s)) return null;
        return FieldText.TryParseNumber(s, out var v) ? v : throw Error(k, "a number, empty or null");
    }

    /// <summary>A <c>yyyy-MM-dd</c> date.</summary>
    public DateOnly Date(int k) =>
        FieldText.TryParseDate(Span(k), out var d) ? d : throw Error(k, "a date as yyyy-MM-dd");

    /// <summary>A <c>yyyy-MM-dd</c> date, or null for an empty field.</summary>
    public DateOnly? DateOrNull(int k) =>
        Span(k).Trim().IsEmpty ? null : FieldText.TryParseDate(Span(k).Trim(), out var d) ? d : throw Error(k, "a date as yyyy-MM-dd, or empty");

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public bool Boolean(int k) =>
        FieldText.TryParseBoolean(Span(k), out var b) ? b : throw Error(k, "true or false");

    /// <summary>One of the tokens of <typeparamref name="T"/> (see <see cref="TaxonomyTokens"/>).</summary>
    public T Token<T>(int k) where T : struct, Enum =>
        TaxonomyTokens.TryParse<T>(Span(k).Trim().ToString(), out var v)
            ? v
            : throw Error(k, $"one of {string.Join(", ", TaxonomyTokens.All<T>())}");

    /// <summary>One of the tokens of <typeparamref name="T"/>, or null for an empty field.</summary>
    public T? TokenOrNull<T>(int k) where T : struct, Enum =>
        Span(k).Trim().IsEmpty ? null
        : TaxonomyTokens.TryParse<T>(Span(k).Trim().ToString(), out var v) ? v
        : throw Error(k, $"one of {string.Join(", ", TaxonomyTokens.All<T>())} or empty");

    /// <inheritdoc />
    public void Dispose() => Release(null, _reader, _buffer);

    private static void Release(TextReader? text, CsvDataReader? reader, char[] buffer)
    {
        reader?.Dispose(); // closes the text reader it owns
        text?.Dispose();
        ArrayPool<char>.Shared.Return(buffer);
    }

    private void CheckWidth()
    {
        var n = _reader.RowFieldCount;
        if (n < _width && _reader.GetFieldSpan(n - 1).Contains(';'))
            throw new DataFormatException(Path, Line, 1, _reader.GetFieldSpan(0).ToString(),
                $"{_width} comma-separated fields as in the header, but this line is separated by ';' (saved with a semicolon list separator?)");
        if (n < _width)
            throw new DataFormatException(Path, Line, n + 1, null,
                $"{_width} comma-separated fields as in the header, but the line stops after {n} (truncated?)");
        if (n > _width)
            throw new DataFormatException(Path, Line, _width + 1, _reader.GetFieldSpan(_width).ToString(),
                $"{_width} comma-separated fields as in the header, but the line has {n}");
    }

    private static int[] MapColumns(string path, CsvDataReader reader, IReadOnlyList<string> columns, IReadOnlyList<string> optional)
    {
        var names = new string[reader.FieldCount];
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetName(i).Trim().TrimStart('\uFEFF');
            if (!byName.TryAdd(names[i], i))
                throw new DataFormatException(path, 1, i + 1, names[i], $"distinct column names ('{names[i]}' is also column {byName[names[i]] + 1})");
        }

        var header = string.Join(',', names);
        var wanted = string.Join(',', columns);
        if (names.Length == 1 && header.IndexOfAny(OtherDelimiters) >= 0)
        {
            var used = header[header.IndexOfAny(OtherDelimiters)] switch { '\t' => "tabs", var c => $"'{c}'" };
            throw new DataFormatException(path, 1, 1, header, $"comma-separated columns '{wanted}'; this header is separated by {used}");
        }

        var ordinals = new int[columns.Count + optional.Count];
        for (var k = 0; k < columns.Count; k++)
        {
            if (!byName.TryGetValue(columns[k], out ordinals[k]))
                throw new DataFormatException(path, 1, 0, header, $"a column named '{columns[k]}' (required: '{wanted}', any order)");
        }
        for (var j = 0; j < optional.Count; j++)
        {
            ordinals[columns.Count + j] = byName.TryGetValue(optional[j], out var o) ? o : -1;
        }
        return ordinals;
    }
}
