import { isIPv4, isIPv6 } from 'node:net';
/**
 * IPv4 ranges a page fetched for a user must never come from: anything that reaches the bot's
 * own machine, its network or its cloud provider rather than the public internet.
 */
const BLOCKED_IPV4 = [
    '0.0.0.0/8', // "this network"; 0.0.0.0 itself reaches the local host on Linux
    '10.0.0.0/8', // private
    '100.64.0.0/10', // carrier-grade NAT; holds Alibaba Cloud's metadata service 100.100.100.200
    '127.0.0.0/8', // loopback
    '169.254.0.0/16', // link-local; holds the AWS/GCP/Azure metadata service 169.254.169.254
    '172.16.0.0/12', // private
    '192.0.0.0/24', // IETF protocol assignments (includes Oracle Cloud's 192.0.0.192 metadata)
    '192.0.2.0/24', // documentation
    '192.88.99.0/24', // old 6to4 relay anycast
    '192.168.0.0/16', // private
    '198.18.0.0/15', // benchmarking, used inside some data centres
    '198.51.100.0/24', // documentation
    '203.0.113.0/24', // documentation
    '224.0.0.0/4', // multicast
    '240.0.0.0/4', // reserved, and 255.255.255.255 broadcast
].map(parseCidr);
/** IPv6 ranges refused outright, whatever bits follow the prefix. */
const BLOCKED_IPV6 = [
    '::/128', // unspecified
    '::1/128', // loopback
    '64:ff9b:1::/48', // local-use NAT64 (RFC 8215): the IPv4 part sits at a network-chosen offset
    '100::/64', // discard-only
    '2001::/32', // Teredo: the client's IPv4 address is obfuscated inside, not worth decoding
    '2001:db8::/32', // documentation
    'fc00::/7', // unique local; holds AWS's IPv6 metadata service fd00:ec2::254
    'fe80::/10', // link-local
    'fec0::/10', // deprecated site-local, still routed inside some networks
    'ff00::/8', // multicast
].map(parseCidr);
/**
 * IPv6 ranges that carry an IPv4 address the packet is delivered to; that IPv4 address is
 * checked as if written plainly, so ::ffff:127.0.0.1 is refused and ::ffff:8.8.8.8 is not.
 */
const EMBEDDING_IPV4 = [
    { range: parseCidr('::ffff:0:0/96'), offset: 12 }, // IPv4-mapped
    { range: parseCidr('::ffff:0:0:0/96'), offset: 12 }, // IPv4-translated (SIIT)
    { range: parseCidr('::/96'), offset: 12 }, // IPv4-compatible (deprecated)
    { range: parseCidr('64:ff9b::/96'), offset: 12 }, // well-known NAT64 prefix
    { range: parseCidr('2002::/16'), offset: 2 }, // 6to4
];
function ipv4Bytes(text) {
    return Uint8Array.from(text.split('.').map(Number));
}
/** Sixteen bytes of an address net.isIPv6 accepted (zone id already removed). */
function ipv6Bytes(text) {
    const groups = (part) => part === ''
        ? []
        : part.split(':').flatMap((group) => {
            if (!group.includes('.'))
                return [parseInt(group, 16)];
            const [a = 0, b = 0, c = 0, d = 0] = ipv4Bytes(group);
            return [(a << 8) | b, (c << 8) | d];
        });
    const [head = '', tail] = text.split('::');
    const before = groups(head);
    const after = tail === undefined ? [] : groups(tail);
    const all = [...before, ...new Array(8 - before.length - after.length).fill(0), ...after];
    const bytes = new Uint8Array(16);
    all.forEach((group, i) => {
        bytes[2 * i] = group >> 8;
        bytes[2 * i + 1] = group & 0xff;
    });
    return bytes;
}
function parseCidr(text) {
    const [address = '', bits = ''] = text.split('/');
    return { bytes: isIPv4(address) ? ipv4Bytes(address) : ipv6Bytes(address), bits: Number(bits) };
}
function inRange(bytes, range) {
    if (bytes.length !== range.bytes.length)
        return false;
    for (let bit = 0; bit < range.bits; bit += 8) {
        const mask = (0xff << (8 - Math.min(8, range.bits - bit))) & 0xff;
        const i = bit / 8;
        if (((bytes[i] ?? 0) & mask) !== ((range.bytes[i] ?? 0) & mask))
            return false;
    }
    return true;
}
function blockedIpv4(bytes) {
    return BLOCKED_IPV4.some((range) => inRange(bytes, range));
}
function blockedIpv6(bytes) {
    if (BLOCKED_IPV6.some((range) => inRange(bytes, range)))
        return true;
    return EMBEDDING_IPV4.some(({ range, offset }) => inRange(bytes, range) && blockedIpv4(bytes.subarray(offset, offset + 4)));
}
/**
 * Whether a fetch must not connect to `address` (an IPv4 or IPv6 address, with or without
 * brackets or a zone id). Anything that is not an IP address is blocked: failing closed costs a
 * refused page, failing open could reach the metadata service.
 */
export function isBlockedAddress(address) {
    const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
    if (isIPv4(bare))
        return blockedIpv4(ipv4Bytes(bare));
    if (isIPv6(bare))
        return blockedIpv6(ipv6Bytes(bare));
    return true;
}
//# sourceMappingURL=blocked-address.js.map