//! IP network functions: `cidrsubnet`, `cidrsubnets`, `cidrhost`, `cidrnetmask`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use super::{number, string};
use crate::normalize::terraform::evaluator::Result;
use crate::normalize::terraform::value::Val;

pub fn call(name: &str, args: &[Val]) -> Option<Result<Val>> {
    Some(match name {
        "cidrsubnet" => (|| {
            let net = parse(&string(args, 0)?)?;
            let (bits, num) = (number(args, 1)? as u8, number(args, 2)? as u128);
            subnet(&net, bits, num).map(|n| Val::String(n.to_string()))
        })(),
        "cidrsubnets" => (|| {
            let net = parse(&string(args, 0)?)?;
            let max = max_len(&net);
            let mut offset: u128 = 0;
            let mut out = Vec::new();
            for i in 1..args.len() {
                let bits = number(args, i)? as u8;
                let len = net.prefix_len() + bits;
                if len > max {
                    return Err(format!("not enough address space for {bits} more bits"));
                }
                let size = 1u128 << (max - len);
                offset = offset.div_ceil(size) * size;
                let sub = subnet(&net, bits, offset / size)?;
                out.push(Val::String(sub.to_string()));
                offset += size;
            }
            Ok(Val::List(out))
        })(),
        "cidrhost" => (|| {
            let net = parse(&string(args, 0)?)?;
            let host = number(args, 1)? as i128;
            let size = 1i128 << (max_len(&net) - net.prefix_len()).min(126);
            let offset = if host < 0 { size + host } else { host };
            if offset < 0 || offset >= size {
                return Err(format!("host number {host} does not fit in {net}"));
            }
            Ok(Val::String(address(&net, to_int(net.network()) + offset as u128).to_string()))
        })(),
        "cidrnetmask" => (|| match parse(&string(args, 0)?)? {
            IpNet::V4(net) => Ok(Val::String(net.netmask().to_string())),
            IpNet::V6(_) => Err("only IPv4 prefixes have a netmask".into()),
        })(),
        _ => return None,
    })
}

fn parse(text: &str) -> Result<IpNet> {
    text.parse::<IpNet>().map_err(|_| format!("\"{text}\" is not an IP prefix in CIDR notation"))
}

fn max_len(net: &IpNet) -> u8 {
    net.max_prefix_len()
}

fn to_int(ip: IpAddr) -> u128 {
    match ip {
        IpAddr::V4(v4) => u32::from(v4) as u128,
        IpAddr::V6(v6) => u128::from(v6),
    }
}

fn address(net: &IpNet, value: u128) -> IpAddr {
    match net {
        IpNet::V4(_) => IpAddr::V4(Ipv4Addr::from(value as u32)),
        IpNet::V6(_) => IpAddr::V6(Ipv6Addr::from(value)),
    }
}

fn subnet(net: &IpNet, bits: u8, num: u128) -> Result<IpNet> {
    let len = net.prefix_len() + bits;
    let max = max_len(net);
    if len > max {
        return Err(format!("cannot extend the prefix length of {net} by {bits} bits"));
    }
    if bits < 128 && num >> bits != 0 {
        return Err(format!("subnet number {num} does not fit in {bits} bits"));
    }
    let base = to_int(net.network()) + (num << (max - len));
    IpNet::new(address(net, base), len).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, args: Vec<Val>) -> Val {
        call(name, &args).unwrap().unwrap()
    }

    #[test]
    fn subnets_and_hosts_match_terraform() {
        let n = Val::Number;
        assert_eq!(run("cidrsubnet", vec![Val::str("10.0.0.0/16"), n(8.0), n(2.0)]), Val::str("10.0.2.0/24"));
        assert_eq!(
            run("cidrsubnet", vec![Val::str("fd00:fd12:3456:7890::/56"), n(16.0), n(162.0)]),
            Val::str("fd00:fd12:3456:7800:a200::/72")
        );
        assert_eq!(run("cidrhost", vec![Val::str("10.12.112.0/20"), n(16.0)]), Val::str("10.12.112.16"));
        assert_eq!(run("cidrhost", vec![Val::str("10.12.112.0/20"), n(-2.0)]), Val::str("10.12.127.254"));
        assert_eq!(run("cidrnetmask", vec![Val::str("172.16.0.0/12")]), Val::str("255.240.0.0"));
        let subnets = run("cidrsubnets", vec![Val::str("10.1.0.0/16"), n(4.0), n(4.0), n(8.0), n(4.0)]);
        let expected = ["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"];
        assert_eq!(subnets, Val::List(expected.iter().map(|s| Val::str(*s)).collect()));
    }
}
