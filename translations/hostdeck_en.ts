<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>/%1 is outside the IPv6 range HostDeck manages (/32 to /128).</source>
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
        <source>The database URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; must not contain a &apos;#&apos; fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has port 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; in the URL must not contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL parameter &quot;%1&quot; is not supported (supported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host parameter &quot;%1&quot; must be an absolute socket directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 must not contain spaces or &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no host (use postgresql://user@host/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded PostgreSQL (%1)</source>
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
        <source>Subnets run from /8 to /32 for IPv4 and from /32 to /128 for IPv6.</source>
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
    <name>RdnsService</name>
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
        <source>The BMC at %1 has no system %2; it lists: %3</source>
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
        <source>The subnets inside %1 do not tile it; the tree needs repair before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside every pool.</source>
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
        <source>%1 would contain the existing subnet %2; add the larger block before its parts.</source>
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
