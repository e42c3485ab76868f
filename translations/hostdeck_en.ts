<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BmcFactory</name>
    <message>
        <source>The BMC at %1 has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 speaks IPMI, which has no certificate to pin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BmcFront</name>
    <message>
        <source>No BMC drivers are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has no BMC settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BmcRepository</name>
    <message>
        <source>There is no device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no BMC settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not use BMC credentials, so %1&apos;s BMC cannot be reached from here. Ask for the NOC role (hostdeck_noc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BMC needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BMC port is between 1 and 65535 (or empty for the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPMI cipher suite is a number from 0 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPMI workaround HostDeck knows (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change BMC settings; that needs the NOC role (hostdeck_noc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Redfish BMC, so there is no certificate to pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was unpinned meanwhile; check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone pinned another certificate for %1 meanwhile (%2); check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not accept BMC certificates; that needs the NOC role (hostdeck_noc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Redfish system Id or path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has no Redfish BMC (any more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BmcTarget</name>
    <message>
        <source>Demo device: there is no BMC to talk to (%1 belongs to the demo&apos;s made-up site, so HostDeck does not contact it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(serial %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CableRepository</name>
    <message>
        <source>Port &quot;%1&quot; of %2 already has a cable. Remove that cable first or choose a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the ports already has a cable. A port takes at most one cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ends are the same port. A cable connects two different ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cable type. Use Cat5e, Cat6, Cat6a, Cat7, OM3, OM4, SM fibre, DAC or twinax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cable colour. Use a colour name such as &quot;blue&quot; or &quot;light grey&quot;, or #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cable&apos;s length must be more than 0 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cable&apos;s length is at most 99999.99 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One end of the cable is a port that does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no port with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cable (id %1) no longer exists: someone removed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CableTrace</name>
    <message>
        <source>Device &quot;%1&quot; has no port &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no port with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>No network given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an %2 network, but an %3 one is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid prefix length after the &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 is not a valid %2 prefix length (0 to %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set; the network is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a network; a single address is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an %2 address, but an %3 one is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 is outside the IPv4 range HostDeck manages (/8 to /32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address family must be 4 or 6, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network to subdivide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be split into /%2 pieces: the pieces must be smaller than the network (longer than /%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 is not a valid %2 prefix length (0 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting %1 into /%2 pieces would make more than %3 subnets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the octet %2 with a leading zero, which some tools read as octal; write it without the zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 is outside the IPv6 range HostDeck manages (/12 to /128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is IPv4-mapped IPv6 space (::ffff:0:0/96), which stands for IPv4 addresses; manage them as IPv4, so one address cannot be handed out twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the embedded database could not be stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1, but this HostDeck needs version %2. Run &quot;hostdeck db migrate&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not report its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending migrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying migration %1 (%2)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s); the schema is at version %1.</source>
        <translation>
            <numerusform>Applied %n migration; the schema is at version %1.</numerusform>
            <numerusform>Applied %n migrations; the schema is at version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database already has racks; the demo data was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo data: %1 site, %2 rooms, %3 racks, %4 device types, %5 devices, %6 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no racks yet (&quot;hostdeck demo load&quot; loads a demo data centre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOC kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUDGET kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDUNDANCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rack %1 in %2: %3 U, %n device(s)</source>
        <translation>
            <numerusform>Rack %1 in %2: %3 U, %n device</numerusform>
            <numerusform>Rack %1 in %2: %3 U, %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Rented as a whole by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power: %1 kW allocated of %2 kW budget (%3, %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - OVER BUDGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIDTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPOSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2 U %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2 U %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --db needs a database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;device move&quot; needs --rack RACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;device move&quot; needs --u N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--u needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--face must be front or rear, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ipam rdns&quot; needs a subcommand: set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;ipam rdns %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;ipam rdns set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ipam rdns set&quot; needs an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ipam rdns set&quot; needs an IP address and a host name (an empty name or --delete removes the PTR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;ipam rdns set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored only; no DNS provider is configured for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published at %1 provider &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the reverse DNS name of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the reverse DNS name of %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1 ports, %2 cables, %3 BMC settings, %4 SNMP agents; a week of samples: %5 traffic, %6 power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hostdeck [--db URL]                     open the console
       hostdeck [--db URL] COMMAND [OPTIONS]

Commands:
  db status                      server, database and schema version
  db migrate                     apply pending schema migrations
  demo load [--if-empty]         load the demo data centre (site EU-FRA)
  rack list [--json]             racks with allocated power against budget
  rack show RACK [--json]        a rack&apos;s devices by U and face, and its power
  device move DEVICE --rack RACK --u N [--face front|rear]
                                 move a device so that its lowest U is N
  ipam add-subnet CIDR [--location CODE] [--vlan VID] [--unavailable] [--no-auto]
                                 add a pool, or carve a subnet out of a free one
  ipam allocate --family 4|6 (--prefix N | --ips K) [--location CODE] [--vlan VID]
                [--pool CIDR] [--customer ID] [--json]
                                 allocate a subnet or addresses
  ipam release CIDR|IP           return a subnet or an address
  ipam tree [CIDR] [--json]      the prefix tree (every pool, or one subnet)
  ipam free CIDR --prefix N [--json]
  ipam repair [--json]
                                 the free /N blocks inside a subnet
  ipam rdns set IP NAME | ipam rdns set IP --delete
                                 set (or, with an empty NAME, remove) an address&apos;s PTR
                                 at its rDNS provider
  --version                      print the version
  --help                         print this help

--db URL   a PostgreSQL server: postgresql://user@host[:port]/database[?sslmode=...]
           (password from PGPASSWORD or ~/.pgpass). Without it: the &quot;database/url&quot;
           setting, else the embedded database under $XDG_DATA_HOME/hostdeck.

Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudflareClient</name>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare answered HTTP %1 while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare has no zone named %1 for this token; create the reverse zone there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the PTR of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the PTR of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the PTR of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>embedded PostgreSQL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a postgresql:// URL nor a key=value connection string (host=... dbname=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not one libpq accepts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 must not contain &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>That space in the rack is already occupied by another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device would extend past the top of the rack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U positions start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s last U lies below its first U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The U range does not match the device type&apos;s height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0U devices mount in a side channel; other devices in the rack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only half-width device types can sit in half a U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A racked device needs a rack, a first U and a last U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another device already has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another device already has that serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another device already has that asset tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rack already has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another location already has that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer already has that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That subnet already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That subnet overlaps another subnet at the same level of the prefix tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet&apos;s IP version does not match its address family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subdivided subnet cannot itself be allocated to a customer, service or device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unallocated subnet cannot have a customer, service or device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subnet is unallocated, allocated or subdivided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That IP address is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address record holds a single address (/32 or /128), not a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown IP address purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reverse DNS name is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That location already has a VLAN with that ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN IDs run from 1 to 4094.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product already has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s IPAM configuration is malformed (mode full or disabled; rules of type ip or subnet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: your database role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a network in CIDR form; its host bits must be zero (10.0.0.0/8, not 10.0.0.1/8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install it: apt-get install libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1, newer than this HostDeck understands (%2). Upgrade HostDeck before using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device already has a port with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device already has a port with that interface index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown port kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patch panel front port maps to exactly one rear port; other ports map to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That rear port is already mapped to another front port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cable type: use Cat5e, Cat6, Cat6a, Cat7, OM3, OM4, SM fibre, DAC or twinax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cable connects two different ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cable colour is a colour name or #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample times must fall on a 5-minute boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 lower-case hex digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another device already has that name (names are compared without case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rack already has that name (names are compared without case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets run from /8 to /32 for IPv4 and from /12 to /128 for IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4-mapped IPv6 space (::ffff:0:0/96) holds IPv4 addresses; manage them as IPv4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Redfish system is named by its Id or path: up to 200 characters, no blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnets inside a subdivided subnet must cover it: delete or merge whole blocks (or run &quot;hostdeck ipam repair&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DcimCommands</name>
    <message>
        <source>U %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DcimRepository</name>
    <message>
        <source>A device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rack with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rack named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database returned no id for demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether the database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has racks; demo data is only loaded into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo pool holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be carved out of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo locations are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management network of room %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedCluster</name>
    <message>
        <source>&quot;%1&quot;/&quot;%2&quot; is not a valid database or role name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOSTDECK_PG_BINDIR is &quot;%1&quot;, but initdb and pg_ctl are not there. Install the PostgreSQL server programs with: sudo apt-get install postgresql-15, or point HOSTDECK_PG_BINDIR at their directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found in %1. Install them with: sudo apt-get install postgresql-15, or point --db at an existing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and the system user &quot;%1&quot; that should own the cluster could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system user &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster directory %1 lies below %2, which the system user &quot;%3&quot; cannot enter. Choose another place with HOSTDECK_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hand %1 to the system user &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster in %1 belongs to another user, not to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the embedded PostgreSQL cluster in %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server programs initdb and pg_ctl are not in %1. Install them with: sudo apt-get install postgresql-15, or point --db at an existing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another HostDeck is still starting the embedded database in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded PostgreSQL server in %1 did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>HostDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostDeck, the data centre operator console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the PostgreSQL server at &lt;url&gt; (postgresql://user@host/db) instead of the embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt;&quot; once the first racks are shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the documentation&apos;s screenshots into &lt;directory&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the embedded database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostDeck cannot open its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded database has no racks yet. Load the demo data centre (site EU-FRA with two rooms, 24 racks and about 400 devices)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>connection refused to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name of %1 does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP client could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this libcurl cannot pin TLS certificates (it needs the OpenSSL backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not pinned yet; it presents SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate of %1 has changed: it presents SHA-256 %2, pinned is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without a complete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL; only TLS servers have a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpamCli</name>
    <message>
        <source>There is no location with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VLAN %1 at %2 or the locations containing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with the id or code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more child subnet(s) of %1 not shown (hostdeck ipam tree %1)</source>
        <translation>
            <numerusform>… %n more child subnet of %1 not shown (hostdeck ipam tree %1)</numerusform>
            <numerusform>… %n more child subnets of %1 not shown (hostdeck ipam tree %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>--vlan %1 needs a location: %2 has none of its own or inherited; give --location CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as a new pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VLAN %1 in any location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated %1 from the pool %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Allocated %n address(es):</source>
        <translation>
            <numerusform>Allocated %n address:</numerusform>
            <numerusform>Allocated %n addresses:</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to release: %1 is neither an allocated address nor a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no subnets yet (&quot;hostdeck ipam add-subnet CIDR&quot; adds a pool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free /%2 block(s) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ipam&quot; needs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --db needs a database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--location needs a location code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer needs a customer id or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vlan needs a VLAN ID (1 to 4094), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN %1 is outside the VLAN ID range 1 to 4094.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ipam free&quot; needs --prefix N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prefix needs a prefix length, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 blocks cannot lie inside %2: the prefix length must be from /%3 to /%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ipam allocate&quot; needs --family 4 or --family 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--family must be 4 or 6, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ipam allocate&quot; needs either --prefix N (a subnet) or --ips K (addresses), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ips needs a number of addresses of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ips %1 is more than the %2 addresses one request may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, but reading it back failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix tree has no holes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filled %n hole(s) with unallocated subnets: %1</source>
        <translation>
            <numerusform>Filled %n hole with unallocated subnets: %1</numerusform>
            <numerusform>Filled %n holes with unallocated subnets: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n subnet(s) without children a free leaf again: %1</source>
        <translation>
            <numerusform>Made %n subnet without children a free leaf again: %1</numerusform>
            <numerusform>Made %n subnets without children free leaves again: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpamConfig</name>
    <message>
        <source>The IPAM configuration is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPAM configuration&apos;s mode must be &quot;full&quot; or &quot;disabled&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPAM configuration&apos;s rules must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM rule %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM rule %1: the type must be &quot;ip&quot; or &quot;subnet&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM rule %1: the family must be 4 or 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM rule %1: the count must be a whole number from 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM rule %1: a subnet rule needs a prefix_length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM rule %1: VLAN IDs run from 1 to 4094.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPAM rule %1: pick must be &quot;next&quot; or &quot;random&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpamRepository</name>
    <message>
        <source>There is no subnet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subnet given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 blocks cannot lie inside %2: the prefix length must be from /%3 to /%4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpmiSession</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FRU has no chassis, board or product area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the chassis power state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 answered Get Chassis Status without a power state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending chassis control &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting a one-time PXE boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 sent a short answer while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 refused %2: user &quot;%3&quot; has only %4 privilege.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 refused %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the BMC&apos;s device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the FRU inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 sent FRU data that cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 refused the user or password (user &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IPMI answer from %1 within %2 ms: the BMC is unreachable, or IPMI over LAN is disabled on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 does not offer IPMI 2.0 cipher suite %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 rejected the algorithms of IPMI 2.0 cipher suite %2: it most likely does not offer that suite (cipher suite 3 is the common one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 does not speak IPMI 2.0 (RMCP+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 granted user &quot;%2&quot; no session privilege, not even user level. If the account has the privilege, the BMC may need the &quot;opensesspriv&quot; workaround.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC address %1 cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening an IPMI 2.0 session to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while talking to the BMC at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPMI session with %1 dropped while %2: no answer within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the BMC at %1 failed while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary directory for the SDR of the BMC at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sensor data records (SDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 failed while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading sensor &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown IPMI workaround(s): %1. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while decoding FRU data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FRU data cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open an IPMI session to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BMC address &quot;%1&quot; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPMI user names have at most %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPMI 2.0 passwords have at most %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cipher suite %1 is not supported (supported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout of %1 ms is too short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationTreeModel</name>
    <message>
        <source>%1 U, power %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This HostDeck binary contains no schema migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1, newer than this HostDeck understands (%2). Upgrade HostDeck before using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OobCli</name>
    <message>
        <source>%1 needs the name of an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 named by %2 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a direct target: give --redfish URL or --ipmi HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --redfish or --ipmi, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cipher-suite and --workaround apply to --ipmi only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redfish needs the BMC&apos;s base URL, https://HOST[:PORT], not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cert-sha256 needs a SHA-256 fingerprint of 64 hex digits (colons allowed), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ipmi needs HOST or HOST:PORT (an IPv6 address in brackets with a port), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cipher-suite needs an IPMI cipher suite id from 0 to 17, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workaround needs a FreeIPMI workaround name, e.g. opensesspriv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct BMC target needs --user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct BMC target needs --password-env VARIABLE: the password is read from that environment variable, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a direct target: give --snmp HOST[:PORT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snmp needs HOST or HOST:PORT (an IPv6 address in brackets with a port), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct SNMP target needs either --community C (v2c) or --v3-user U (v3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to SNMP v3 (--v3-user) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--community needs a community name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--v3-user needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-proto must be SHA, SHA-256, MD5 or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priv-proto must be AES, DES or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v3 privacy needs authentication: give --auth-proto too, or --priv-proto none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v3 with authentication needs --auth-password-env VARIABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-password-env makes no sense with --auth-proto none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v3 with privacy needs --priv-password-env VARIABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priv-password-env makes no sense with --priv-proto none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n day %1</numerusform>
            <numerusform>%n days %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The BMC of %1 (%2) presents a certificate that differs from the pinned one; nothing was sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the BMC of %1 (%2) is not pinned yet; nothing was sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned:    SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented: SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the BMC shows on its own console or setup screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they match, accept it: hostdeck bmc accept-cert %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they match, add: --cert-sha256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory of %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMC firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1 DIMM(s), %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NICs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage controllers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives: %1 (from SimpleStorage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent power %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power state could not be read afterwards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boots from the network (PXE) once, at its next boot; later boots are as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC of %1 speaks IPMI, which has no certificate to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC of %1 (%2) presents a certificate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is pinned already; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned certificate differs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC of %1 presents %2, not the fingerprint given (%3); nothing was pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the BMC&apos;s own display; if it matches, use --cert-sha256 %1 with this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It matches; use --cert-sha256 %1 with this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pinned. Compare it with the fingerprint the BMC shows on its own console or setup screen; if it matches, accept it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or add --yes to accept what the BMC presents now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned the certificate of the BMC of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNMP poller returned no result for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n interface(s), up %3</source>
        <translation>
            <numerusform>%1 (%2): %n interface, up %3</numerusform>
            <numerusform>%1 (%2): %n interfaces, up %3</numerusform>
        </translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFINDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN OCTETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT OCTETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent at %1 has no interface named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (ifIndex %2) at %3 administratively up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (ifIndex %2) at %3 administratively down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set port %1 (ifIndex %2) of %3 administratively up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set port %1 (ifIndex %2) of %3 administratively down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace from %1 %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cable #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to a port already on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond %1 hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path loops: it returns to %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is longer than %1 hops; the trace stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far end: %1 %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker could not install its signal handlers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping on %1; a running sweep is finished first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Polling %n SNMP device(s) every %1 s; SIGTERM or SIGINT stops the worker.</source>
        <translation>
            <numerusform>Polling %n SNMP device every %1 s; SIGTERM or SIGINT stops the worker.</numerusform>
            <numerusform>Polling %n SNMP devices every %1 s; SIGTERM or SIGINT stops the worker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The worker stopped after %n sweep(s).</source>
        <translation>
            <numerusform>The worker stopped after %n sweep.</numerusform>
            <numerusform>The worker stopped after %n sweeps.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --db needs a database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct target (--redfish, --ipmi, --snmp) works without the database; drop --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;bmc power&quot; needs an action: status, on, off, cycle, reset or soft-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown power action &quot;%1&quot;: use status, on, off, cycle, reset or soft-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;snmp set-admin&quot; needs PORT and up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;snmp set-admin&quot; needs DEVICE, PORT and up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;snmp set-admin&quot; sets a port up or down, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;snmp set-admin&quot; needs a port name or ifIndex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;bmc accept-cert&quot; takes the fingerprint as an argument, not --cert-sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;bmc accept-cert&quot; is for Redfish BMCs (--redfish); IPMI has no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;worker&quot; needs --poll (the SNMP poller is its only job so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval-s needs a number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sweeps needs a number of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port id is a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT is DEVICE:PORTNAME (e.g. srv-01:eth0) or a port id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a DEVICE or a direct target, not both (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a DEVICE (or a direct target: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-band and network commands (DEVICE: a device name or id):
  bmc power status|on|off|cycle|reset|soft-off DEVICE [--json]
                                 a device&apos;s power state, or a power action
  bmc inventory DEVICE [--json]  CPUs, memory, NICs, drives, model and serial
  bmc pxe DEVICE                 boot from the network once, at the next boot
  bmc accept-cert DEVICE [SHA256] [--yes]
                                 show the Redfish BMC&apos;s certificate fingerprint; pin it
                                 when SHA256 matches it, or with --yes
  snmp poll DEVICE [--json]      the device&apos;s interfaces with status, speed and counters
  snmp set-admin DEVICE PORT up|down
                                 set a switch port administratively up or down
  worker --poll                  poll every SNMP device every 5 minutes and store traffic
                                 and power samples, until SIGTERM or SIGINT
  cable trace DEVICE:PORT|PORTID [--json]
                                 follow a port&apos;s cable through patch panels to its far end

Direct targets, instead of DEVICE (passwords only from environment variables):
  --redfish https://HOST[:PORT] --user U --password-env VAR [--cert-sha256 HEX]
  --ipmi HOST[:PORT] --user U --password-env VAR [--cipher-suite N] [--workaround NAME]...
  --snmp HOST[:PORT] --community C
  --snmp HOST[:PORT] --v3-user U [--auth-proto SHA|SHA-256|MD5] --auth-password-env VAR
         [--priv-proto AES|DES] --priv-password-env VAR [--v3-context NAME]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No SNMP agent answered in this sweep (%n tried).</source>
        <translation>
            <numerusform>No SNMP agent answered in this sweep (%n tried).</numerusform>
            <numerusform>No SNMP agent answered in this sweep (%n tried).</numerusform>
        </translation>
    </message>
    <message>
        <source>The IPMI session to %1 opened only with the %2 workaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; remembered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; give --workaround %1 to skip the first attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available from the BMC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to --redfish only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--system names a Redfish ComputerSystem; %1&apos;s BMC speaks IPMI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--system needs the Id of a Redfish ComputerSystem, e.g. Blade2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PduOidMap</name>
    <message>
        <source>PDU model %1: %2 has no valid numeric &quot;oid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDU model %1: %2 has an invalid &quot;suffix&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDU model %1: %2 has a &quot;scale&quot; that is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDU OID map is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDU OID map has an unknown format (expected &quot;format&quot;: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDU OID map has no models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in PDU OID map :/snmp/pdu-oids.json is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown PDU model &quot;%1&quot;; the OID map knows: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollSweeper</name>
    <message>
        <source>interface &quot;%1&quot; (ifIndex %2) left out: a port of that name has another ifIndex (renumbered by the agent?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices polled, %2 failed; %3 ports (%4 new), %5 traffic samples, %6 power samples, %7 baselines; %8 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the poller returned no result for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interface without a valid ifIndex (%1) left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outlet without a valid number (%1) left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet %1 left out: port &quot;%2&quot; is not a power outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet %1 left out: %2 W is not a plausible reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the poll failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no port with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more failed (each device&apos;s last error is kept with its SNMP settings)</source>
        <translation>
            <numerusform>%n more failed (each device&apos;s last error is kept with its SNMP settings)</numerusform>
            <numerusform>%n more failed (each device&apos;s last error is kept with its SNMP settings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo device(s) not contacted</source>
        <translation>
            <numerusform>%n demo device not contacted</numerusform>
            <numerusform>%n demo devices not contacted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortAdmin</name>
    <message>
        <source>Device %1 has no port &quot;%2&quot; (a port name or ifIndex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 of %2 has no ifIndex yet; the SNMP worker records it on its next sweep (hostdeck worker --poll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch set %1 of %2 %3, but recording it in the database failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerBudget</name>
    <message>
        <source>%1 / %2 kW (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerDnsClient</name>
    <message>
        <source>PowerDNS could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerDNS rejected the API key (HTTP 401) while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerDNS answered HTTP %1 while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the PTR of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the PTR of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackElevationScene</name>
    <message>
        <source>%1: %2 U, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;Serial: %4&lt;br&gt;Asset tag: %5&lt;br&gt;Warranty until: %6&lt;br&gt;Disposition: %7&lt;br&gt;Customer: %8&lt;br&gt;%9, %10, %11 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half depth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RackPlacement</name>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is not in rack %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U positions start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last U lies below the first U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs U %2–%3, but rack %4 has only %5 U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a 0U device and mounts in a side channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 U tall and cannot mount in a side channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 U tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is full-width and cannot sit in half a U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side channels hold full-width devices only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied by %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdnsPublisher</name>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; has an empty label; labels are separated by single dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; in &quot;%2&quot; is %3 characters long; at most %4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; in &quot;%2&quot; contains &quot;%3&quot;; only letters, digits and hyphens are allowed in a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; in &quot;%2&quot; starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may use the credentials of rDNS provider &quot;%1&quot;; ask one to change this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a recorded IP address; add it to the address plan before setting its reverse DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver is available for rDNS provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rDNS provider %1 refused the change for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedfishClient</name>
    <message>
        <source>The BMC at %1 could not be reached while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 refused the credentials of user %2 (HTTP 401) while %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 answered HTTP %2 while %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 sent no JSON object while %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC address &quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the Redfish service root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 opened a session without an X-Auth-Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to the BMC at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 lists no computer system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the power state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 reports no PowerState for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 offers no ComputerSystem.Reset action for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reset options of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reset type given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 does not allow the reset type &quot;%2&quot; for %3; allowed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resetting %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 presents a TLS certificate that has not been accepted yet (SHA-256 %2); nothing was sent. Compare the fingerprint and accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 presents a different TLS certificate than the accepted one: SHA-256 %2 instead of %3; nothing was sent. Accept the new certificate only if the change is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 did not answer within %2 s while %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 closed the connection without answering while %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 kept changing %2 while %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting a one-time boot from %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 does not offer the boot source &quot;%2&quot; for %3; it offers: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for virtual media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserting %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 offers no IsoConfig.Mount action at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ejecting the virtual media in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 offers no eject action for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image URL the BMC can fetch (http://, https://, nfs://, smb://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 has no virtual CD/DVD drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1 to boot on the next reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the inventory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sensors of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 redirected %2 to another host (%3) while %4; HTTPS requests go only to the pinned BMC, so it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redfish service at %1 serves %2 systems: %3. Name the one this device is (its Id) in the device&apos;s BMC settings, or give --system ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 has no system &quot;%2&quot;; it serves: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the systems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedfishSession</name>
    <message>
        <source>The BMC at %1 cannot do that: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reset type allowed by the BMC fits the power action &quot;%1&quot; (it needs %2; the BMC allows %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Redfish BMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Redfish BMC; only Redfish BMCs present a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC address &quot;%1&quot; is not an https URL; only TLS has a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the certificate of the BMC at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnmpPoller</name>
    <message>
        <source>SNMP %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent returned %1 for %2 (%3), expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is %3 bytes long; at most %4 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected row index in %1: %2 (ifIndex is one number from 1 to 2147483647)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected outlet index in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent did not return sysUpTime.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent has no outlets under %1; is the PDU model right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent answered the GETBULK with an error: %1 (index %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent answered with %1 values where at most %2 were asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent answered without any values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent did not return sysUpTime.0 (got %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent returned %1 for sysUpTime.0, expected TimeTicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OID not increasing in %1: %2 after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; the walk was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent answered without any of the requested columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading ifAdminStatus back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading ifAdminStatus back returned %1, expected INTEGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ifAdminStatus.%1 reads %2 after it was set to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms (%2 tries); check the address, port, community or v3 credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMPv3 authentication or decryption failed: the agent reported a security error (wrong user, password or protocol?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SNMPv3 %1 password must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not derive the SNMPv3 %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout, retries, max-repetitions and the row bound must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SNMPv3 user given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMPv3 privacy needs authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the SNMPv3 engine-ID probe failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not resolve the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open a socket for the SNMPv3 engine-ID probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms (%2 tries) to the SNMPv3 engine-ID probe; check the address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after %1 s (the bound for one agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet names (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet power (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set ifAdminStatus.%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ifIndex %1 is not valid (it starts at 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnmpSettingsRepository</name>
    <message>
        <source>There is no device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &quot;%1&quot; has no SNMP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not read SNMP credentials, so the SNMP agent of %1 cannot be reached from here. Ask for the NOC role (hostdeck_noc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not read SNMP credentials; that needs the NOC role (hostdeck_noc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not read SNMP credentials, so it cannot poll SNMP agents. The poller needs the NOC role (hostdeck_noc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SNMP agent needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNMP port %1 is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v2c needs a community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v3 needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change SNMP settings; that needs the NOC role (hostdeck_noc).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnmpTarget</name>
    <message>
        <source>Demo device: there is no SNMP agent to talk to (%1 belongs to the demo&apos;s made-up site, so HostDeck does not contact it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server on the unix socket in %1 (port %2), database &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1, port %2, database &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubnetAllocator</name>
    <message>
        <source>The address plan is busy: another console held its lock too long. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subnet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 is not an %2 network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool subnet %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free /%1 is left in the %2 pools%3: every block is allocated, parked, holds addresses or is not open to automatic allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address family must be 4 or 6, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of addresses must be between 1 and 9999, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not allocated; there is nothing to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds %2 IP address records; release them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a network, not a single address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subnet given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would contain existing subnets of %2; split or merge %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies inside %2, which is allocated; release it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies inside %2, which holds IP addresses and cannot be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already subdivided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allocated; release it before splitting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 IP address records and cannot be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a top-level pool and has no sibling to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged: its other half %2 is not a sibling subnet of the same size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2 is parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2 holds IP address records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 lies in no known subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is subdivided; assign one of its subnets instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already allocated to another customer; release it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is subdivided; only an empty leaf can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allocated; release it before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of a larger subnet; merge it with its sibling instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 IP address records; release them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; has an invalid IPAM configuration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 %3 addresses could be found in the pools%4: the matching address subnets (IPv4 /16 or longer, IPv6 /64 or longer) are full, parked or not open to automatic allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database answered an allocation in a form HostDeck does not know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the allocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address plan is busy: the subnets around %1 kept changing. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficRepository</name>
    <message>
        <source>Device %1 has no ports and is no network device, or it no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::BmcPanel</name>
    <message>
        <source>power on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut down (soft off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powering on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powering off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset (hard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soft off (ACPI shutdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device in a rack to see its BMC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — out-of-band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the BMC settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the BMC settings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no BMC settings, so it cannot be powered or inspected out of band here. Its BMC (Redfish or IPMI) can be recorded by the NOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redfish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPMI 2.0 (lanplus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (IPMI has no certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none pinned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BMC drivers are available in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Querying the power state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the power state of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the inventory of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sensors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sensors of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (FRU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMC firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n modules, %1</source>
        <translation>
            <numerusform>%n module, %1</numerusform>
            <numerusform>%n modules, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MT/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drives (from SimpleStorage)</source>
        <translation>
            <numerusform>%n drive (from SimpleStorage)</numerusform>
            <numerusform>%n drives (from SimpleStorage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drives</source>
        <translation>
            <numerusform>%n drive</numerusform>
            <numerusform>%n drives</numerusform>
        </translation>
    </message>
    <message>
        <source>Controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This BMC has no Storage collection; the drives come from the older SimpleStorage collection, which lists fewer details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the BMC&apos;s certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinning the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not pinned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned the certificate of %1&apos;s BMC: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo device: there is no BMC to talk to. Its address belongs to the demo&apos;s made-up site, so nothing is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) the BMC could not give</source>
        <translation>
            <numerusform>%n part the BMC could not give</numerusform>
            <numerusform>%n parts the BMC could not give</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which of the systems this Redfish service serves is this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Redfish service serves several systems; say which one %1 is. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system named for %1 is not among those the service serves. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systems this Redfish service serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the systems the BMC serves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the BMC&apos;s systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the system of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is system %2 of its BMC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 powers the machine on at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 asks the operating system to shut down (ACPI); a system that ignores the request keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC at %1 carries this out at once: the running system is not asked first (Soft off in the menu shuts it down cleanly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still refused: the BMC&apos;s certificate has not been accepted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still refused: the BMC still presents a certificate other than the accepted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to this BMC until its certificate is accepted. Compare the fingerprint below with the one the BMC shows (its web interface or front panel), then accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This BMC presents a different certificate than the accepted one, so nothing is sent to it. Accept the new one only if the change is expected (a replaced board, a renewed certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented: SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::BulkPowerDialog</name>
    <message>
        <source>Power on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power off (hard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset (hard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft off (ACPI shutdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the devices with a BMC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack / U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BMC drivers are available in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device in the racks shown has BMC settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 U%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redfish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n device)</numerusform>
            <numerusform>%1 (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (not started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled before starting</source>
        <translation>
            <numerusform>, %n cancelled before starting</numerusform>
            <numerusform>, %n cancelled before starting</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo device: there is no BMC to talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Devices with a BMC in %n rack(s) (%1). Check those to act on: the action runs through each device&apos;s BMC, several at a time, and each row shows its result.</source>
        <translation>
            <numerusform>Devices with a BMC in %n rack (%1). Check those to act on: the action runs through each device&apos;s BMC, several at a time, and each row shows its result.</numerusform>
            <numerusform>Devices with a BMC in %n racks (%1). Check those to act on: the action runs through each device&apos;s BMC, several at a time, and each row shows its result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)?</source>
        <translation>
            <numerusform>%1: %n device?</numerusform>
            <numerusform>%1: %n devices?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)…</source>
        <translation>
            <numerusform>%1: %n device…</numerusform>
            <numerusform>%1: %n devices…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostdeck::CableEditorDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on the cable, e.g. R12-34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End B device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End B port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (m):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cable on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n free port(s))</source>
        <translation>
            <numerusform>%1 (%n free port)</numerusform>
            <numerusform>%1 (%n free ports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading ports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this is end A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — in use, cabled to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port already has a cable to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the device at end B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the ports of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the port at end B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End B is the same port as end A: a cable connects two different ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 already has a cable (to %2). Choose a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cable type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cable colour: use a colour name or #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length is a number of metres, such as 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length must be more than 0 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length is at most 99999.99 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable from %1 to %2 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::CableTraceView</name>
    <message>
        <source>NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through patch panel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟲ Loop: the path returns to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… Truncated: the path goes on after %n hop(s)</source>
        <translation>
            <numerusform>… Truncated: the path goes on after %n hop</numerusform>
            <numerusform>… Truncated: the path goes on after %n hops</numerusform>
        </translation>
    </message>
    <message>
        <source>No cable on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable trace from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop: the path returns to %1, which is already on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Truncated: the path goes on beyond %n hop(s).</source>
        <translation>
            <numerusform>Truncated: the path goes on beyond %n hop.</numerusform>
            <numerusform>Truncated: the path goes on beyond %n hops.</numerusform>
        </translation>
    </message>
    <message>
        <source>Far end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; drag to pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::CertificateDialog</name>
    <message>
        <source>BMC certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is pinned for the BMC of %1 (%2) yet. Compare the fingerprint below with the one the BMC itself shows before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BMC of %1 (%2) presents a different certificate than the one pinned. This happens after a certificate renewal or a board replacement, but it is also what an impostor looks like. Accept it only when you know why it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::DevicePanel</name>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asset tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device in the rack view to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watts must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::DeviceTypePaletteModel</name>
    <message>
        <source>%1 %2 (%3U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side channel (0U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::DispositionLegend</name>
    <message>
        <source>&lt;b&gt;Power&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight (over 80 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::IpMapWidget</name>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network (reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast (reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway (reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reverse DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (allocated subnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subnet and press Enter to see its addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::IpamView</name>
    <message>
        <source>an exact fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged free blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split a larger block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdivided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLANs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the prefix tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;IP map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate the next free /N here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate the next free a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a &amp;customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nassign the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Park this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpark this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;reverse DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the locations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the VLANs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP map: press Enter on a subnet to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the addresses of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the addresses of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP map of %1: the first %2 addresses (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate the next free block of prefix length /N inside %1.
N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocating a /%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated %1 in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocating an address in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 into pieces of prefix length /N (/%2: two halves).
N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting %1 into /%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %n subnet(s).</source>
        <translation>
            <numerusform>Split %1 into %n subnet.</numerusform>
            <numerusform>Split %1 into %n subnets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging %1 with its sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unparking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unparked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no customers to assign %1 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unallocated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name for %1 (empty removes the PTR record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the reverse DNS of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the reverse DNS name of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::MainWindow</name>
    <message>
        <source>U %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, left half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, right half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostDeck — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot drop here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a device type onto free U in a rack to add a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HostDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find device: name, serial or asset tag (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the locations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the device types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading racks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the rack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the racks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n devices match “%1”; choose one.</source>
        <translation>
            <numerusform>%n device matches “%1”; choose one.</numerusform>
            <numerusform>%n devices match “%1”; choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in a rack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 U%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the database lost — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the database restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. They take effect when HostDeck is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HostDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;HostDeck %1&lt;/b&gt;&lt;br&gt;An operator console for a hosting provider&apos;s data centre.&lt;br&gt;Database: %2&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Power…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power on, off, cycle or reset devices of the racks shown through their BMCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out-of-band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh power &amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a room or a rack first: power actions apply to the devices of the racks shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::NetworkView</name>
    <message>
        <source>Switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a switch, patch panel, PDU or server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the network devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in a rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in rack %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ports</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Polled over SNMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SNMP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no ports and is no switch, patch panel or PDU: there is nothing to show on the Network page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::NewDeviceDialog</name>
    <message>
        <source>New device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::PatchPanelModel</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>port name (label)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no cable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>cable type, label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cable, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … (path truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable goes to %1; the path ends at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::PatchPanelView</name>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last cable removal (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patch panel or device to see its ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading ports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s), </source>
        <translation>
            <numerusform>%1: %n position, </numerusform>
            <numerusform>%1: %n positions, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n port(s) cabled</source>
        <translation>
            <numerusform>%1 of %n port cabled</numerusform>
            <numerusform>%1 of %n ports cabled</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit cable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait: the last cable change is still being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 cable between %2 and %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove cable %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable removed. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cable was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cable could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::PollWorker</name>
    <message>
        <source>%1 sweep skipped: the previous sweep is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sweep %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sweep %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::PortsModel</name>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cabled, far end unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trace cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-minute average from %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic samples yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inbound (green) and outbound (blue) rate over the last 24 hours; %n samples.</source>
        <translation>
            <numerusform>Inbound (green) and outbound (blue) rate over the last 24 hours; %n sample.</numerusform>
            <numerusform>Inbound (green) and outbound (blue) rate over the last 24 hours; %n samples.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ifIndex %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::PortsView</name>
    <message>
        <source>Filter ports: name, alias, status, far end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace cable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading ports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SNMP settings, so its ports cannot be switched from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ifIndex: it is not known to the switch&apos;s SNMP agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has no SNMP poller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the port change under way to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 administratively down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 administratively up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the cable of %1 through patch panels to its far end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling %1 on %2 brings the port up again: whatever is connected%3 starts passing traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down %1 on %2 cuts off whatever is connected%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch is told over SNMP (ifAdminStatus of ifIndex %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not enable %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not shut down %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is enabled (admin up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is shut down (admin down).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::PrefixTreeModel</name>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 /64 networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subdivided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, parked (inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n direct child subnet(s)</source>
        <translation>
            <numerusform>%n direct child subnet</numerusform>
            <numerusform>%n direct child subnets</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation %1 % (counted in /64 networks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation %1 % (counted in addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 inherited from a parent subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked: skipped by automatic allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a parked subnet: skipped by automatic allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::RackElevationScene</name>
    <message>
        <source>Drop onto a rack&apos;s front or rear face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect when HostDeck is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains a password. HostDeck does not store passwords: set PGPASSWORD or put it in ~/.pgpass instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded database (a private PostgreSQL under your data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::TrafficChart</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile of inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile of outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile of the larger direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a port to see its traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the traffic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the traffic of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic samples in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message>
        <source>95th percentile: no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max of in/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in + out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hostdeck::VlanModel</name>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
