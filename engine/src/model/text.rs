//! Source text: decoding raw bytes (UTF-8, UTF-8/UTF-16 BOMs) and mapping byte offsets to lines and columns.

use std::fmt;

/// Why the bytes of a file are not text tollgate can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A NUL byte in the first kilobytes: the file is binary.
    Binary,
    /// Not valid UTF-8; `line`/`column` locate the first bad byte.
    InvalidUtf8 { line: usize, column: usize },
    /// A UTF-16 byte order mark followed by an odd or malformed byte sequence.
    InvalidUtf16,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary => f.write_str("binary file (contains NUL bytes); not a text format tollgate reads"),
            DecodeError::InvalidUtf8 { line, column } => {
                write!(f, "invalid UTF-8 at line {line}, column {column}")
            }
            DecodeError::InvalidUtf16 => f.write_str("invalid UTF-16 text after a UTF-16 byte order mark"),
        }
    }
}

/// Decodes file bytes into text: strips a UTF-8 BOM, decodes UTF-16 with a BOM, rejects binary and invalid UTF-8.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(DecodeError::Binary);
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<String, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
            Err(DecodeError::InvalidUtf8 { line, column })
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::InvalidUtf16);
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| DecodeError::InvalidUtf16)
}

/// A 1-based line and column in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Maps byte offsets of a text to lines and columns, and back.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The line and (byte-based, 1-based) column of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        let line = self.starts.partition_point(|s| *s <= offset);
        let start = self.starts[line.saturating_sub(1)];
        Position { line: line.max(1), column: offset - start + 1 }
    }

    /// The line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.position(offset).line
    }

    /// The byte offset where a 1-based line starts (the end of the text for lines past the end).
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).copied()
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_and_rejects_binary() {
        assert_eq!(decode(b"\xEF\xBB\xBFa = 1").as_deref(), Ok("a = 1"));
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("{}".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&utf16).as_deref(), Ok("{}"));
        assert_eq!(decode(b"ab\0cd"), Err(DecodeError::Binary));
        assert_eq!(decode(b"a\nbc\xFFd"), Err(DecodeError::InvalidUtf8 { line: 2, column: 3 }));
    }

    #[test]
    fn maps_offsets_to_lines() {
        let index = LineIndex::new("ab\ncd\n\nef");
        assert_eq!(index.position(0), Position { line: 1, column: 1 });
        assert_eq!(index.position(4), Position { line: 2, column: 2 });
        assert_eq!(index.position(7), Position { line: 4, column: 1 });
        assert_eq!(index.line_start(3), Some(6));
    }
}
