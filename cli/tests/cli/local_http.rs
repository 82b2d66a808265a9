//! A minimal HTTP/1.1 server on 127.0.0.1 for tests of the network commands: keep-alive
//! connections, JSON bodies, every request handed to a handler that answers status, headers and body.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

use serde_json::Value;

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Path and query.
    pub path: String,
    pub authorization: Option<String>,
    pub body: Value,
}

/// Status, extra headers and JSON body (`null` for none).
pub type Answer = (u16, Vec<(&'static str, &'static str)>, Value);

/// Any response: status, headers, body bytes (content type included in the headers).
pub struct RawAnswer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

type Handler = dyn Fn(Recorded) -> RawAnswer + Send + Sync;

/// Serves on a free port until the test process ends; returns `http://127.0.0.1:PORT`.
pub fn start(handler: impl Fn(Recorded) -> Answer + Send + Sync + 'static) -> String {
    start_raw(move |request| {
        let (status, extra, answer) = handler(request);
        let mut headers = vec![("content-type".to_owned(), "application/json; charset=utf-8".to_owned())];
        headers.extend(extra.into_iter().map(|(n, v)| (n.to_owned(), v.to_owned())));
        let body = if answer.is_null() { Vec::new() } else { answer.to_string().into_bytes() };
        RawAnswer { status, headers, body }
    })
}

/// Serves raw answers (archives, headers made at run time) on a free port.
pub fn start_raw(handler: impl Fn(Recorded) -> RawAnswer + Send + Sync + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let handler: Arc<Handler> = Arc::new(handler);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let handler = Arc::clone(&handler);
            std::thread::spawn(move || serve(stream, handler.as_ref()));
        }
    });
    url
}

fn serve(stream: TcpStream, handler: &Handler) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut writer = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let (method, path) = (parts.next().unwrap_or("").to_owned(), parts.next().unwrap_or("").to_owned());
        let mut headers = BTreeMap::new();
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
            }
        }
        let mut body = Vec::new();
        if let Some(length) = headers.get("content-length").and_then(|l| l.parse::<usize>().ok()) {
            body.resize(length, 0);
            if reader.read_exact(&mut body).is_err() {
                return;
            }
        }
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let request = Recorded { method, path, authorization: headers.get("authorization").cloned(), body };
        let RawAnswer { status, headers, body } = handler(request);
        let mut response = format!("HTTP/1.1 {status} {}\r\n", reason(status));
        for (name, value) in headers {
            response.push_str(&format!("{name}: {value}\r\n"));
        }
        response.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
        let mut bytes = response.into_bytes();
        bytes.extend(body);
        if writer.write_all(&bytes).is_err() {
            return;
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        302 => "Found",
        401 => "Unauthorized",
        201 => "Created",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}
