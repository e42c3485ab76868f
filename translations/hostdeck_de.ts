<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BmcFactory</name>
    <message>
        <source>The BMC at %1 has an unknown kind.</source>
        <translation>Der BMC unter %1 ist von unbekannter Art.</translation>
    </message>
    <message>
        <source>The BMC at %1 speaks IPMI, which has no certificate to pin.</source>
        <translation>Der BMC unter %1 spricht IPMI; dort gibt es kein Zertifikat zu hinterlegen.</translation>
    </message>
</context>
<context>
    <name>BmcFront</name>
    <message>
        <source>No BMC drivers are available.</source>
        <translation>Es sind keine BMC-Treiber verfügbar.</translation>
    </message>
    <message>
        <source>The device has no BMC settings.</source>
        <translation>Das Gerät hat keine BMC-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>BmcRepository</name>
    <message>
        <source>There is no device with id %1.</source>
        <translation>Es gibt kein Gerät mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 has no BMC settings.</source>
        <translation>%1 hat keine BMC-Einstellungen.</translation>
    </message>
    <message>
        <source>Your role may not use BMC credentials, so %1&apos;s BMC cannot be reached from here. Ask for the NOC role (hostdeck_noc).</source>
        <translation>Ihre Rolle darf keine BMC-Anmeldedaten verwenden, daher ist der BMC von %1 von hier aus nicht erreichbar. Fragen Sie nach der NOC-Rolle (hostdeck_noc).</translation>
    </message>
    <message>
        <source>A BMC needs an address.</source>
        <translation>Ein BMC braucht eine Adresse.</translation>
    </message>
    <message>
        <source>A BMC port is between 1 and 65535 (or empty for the default).</source>
        <translation>Ein BMC-Port liegt zwischen 1 und 65535 (oder bleibt leer für den Standard).</translation>
    </message>
    <message>
        <source>An IPMI cipher suite is a number from 0 to 17.</source>
        <translation>Eine IPMI-Cipher-Suite ist eine Zahl von 0 bis 17.</translation>
    </message>
    <message>
        <source>“%1” is not an IPMI workaround HostDeck knows (known: %2).</source>
        <translation>„%1“ ist kein IPMI-Workaround, den HostDeck kennt (bekannt: %2).</translation>
    </message>
    <message>
        <source>Your role may not change BMC settings; that needs the NOC role (hostdeck_noc).</source>
        <translation>Ihre Rolle darf keine BMC-Einstellungen ändern; dafür ist die NOC-Rolle (hostdeck_noc) nötig.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hex digits).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>%1 has no Redfish BMC, so there is no certificate to pin.</source>
        <translation>%1 hat keinen Redfish-BMC, daher gibt es kein Zertifikat zu hinterlegen.</translation>
    </message>
    <message>
        <source>The certificate of %1 was unpinned meanwhile; check it again.</source>
        <translation>Die Hinterlegung des Zertifikats von %1 wurde inzwischen aufgehoben; prüfen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone pinned another certificate for %1 meanwhile (%2); check it again.</source>
        <translation>Jemand hat inzwischen ein anderes Zertifikat für %1 hinterlegt (%2); prüfen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your role may not accept BMC certificates; that needs the NOC role (hostdeck_noc).</source>
        <translation>Ihre Rolle darf keine BMC-Zertifikate akzeptieren; dafür ist die NOC-Rolle (hostdeck_noc) nötig.</translation>
    </message>
    <message>
        <source>“%1” is not a Redfish system Id or path.</source>
        <translation>„%1“ ist keine Id und kein Pfad eines Redfish-Systems.</translation>
    </message>
    <message>
        <source>The device has no Redfish BMC (any more).</source>
        <translation>Das Gerät hat keinen Redfish-BMC (mehr).</translation>
    </message>
</context>
<context>
    <name>BmcTarget</name>
    <message>
        <source>Demo device: there is no BMC to talk to (%1 belongs to the demo&apos;s made-up site, so HostDeck does not contact it).</source>
        <translation>Demo-Gerät: Es gibt keinen BMC, mit dem gesprochen werden könnte (%1 gehört zum erfundenen Standort der Demo, daher kontaktiert HostDeck ihn nicht).</translation>
    </message>
    <message>
        <source>(serial %1)</source>
        <translation>(Seriennummer %1)</translation>
    </message>
</context>
<context>
    <name>CableRepository</name>
    <message>
        <source>Port &quot;%1&quot; of %2 already has a cable. Remove that cable first or choose a free port.</source>
        <translation>Port „%1“ von %2 hat bereits ein Kabel. Entfernen Sie zuerst dieses Kabel oder wählen Sie einen freien Port.</translation>
    </message>
    <message>
        <source>One of the ports already has a cable. A port takes at most one cable.</source>
        <translation>Einer der Ports hat bereits ein Kabel. Ein Port nimmt höchstens ein Kabel auf.</translation>
    </message>
    <message>
        <source>Both ends are the same port. A cable connects two different ports.</source>
        <translation>Beide Enden sind derselbe Port. Ein Kabel verbindet zwei verschiedene Ports.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cable type. Use Cat5e, Cat6, Cat6a, Cat7, OM3, OM4, SM fibre, DAC or twinax.</source>
        <translation>„%1“ ist kein Kabeltyp. Verwenden Sie Cat5e, Cat6, Cat6a, Cat7, OM3, OM4, SM fibre, DAC oder twinax.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cable colour. Use a colour name such as &quot;blue&quot; or &quot;light grey&quot;, or #rrggbb.</source>
        <translation>„%1“ ist keine Kabelfarbe. Verwenden Sie einen Farbnamen wie „blue“ oder „light grey“ oder #rrggbb.</translation>
    </message>
    <message>
        <source>A cable&apos;s length must be more than 0 m.</source>
        <translation>Die Länge eines Kabels muss größer als 0 m sein.</translation>
    </message>
    <message>
        <source>A cable&apos;s length is at most 99999.99 m.</source>
        <translation>Die Länge eines Kabels beträgt höchstens 99999,99 m.</translation>
    </message>
    <message>
        <source>One end of the cable is a port that does not exist (any more).</source>
        <translation>Ein Ende des Kabels ist ein Port, den es nicht (mehr) gibt.</translation>
    </message>
    <message>
        <source>There is no port with id %1.</source>
        <translation>Es gibt keinen Port mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation>Es gibt kein Gerät mit der ID %1.</translation>
    </message>
    <message>
        <source>The cable (id %1) no longer exists: someone removed it.</source>
        <translation>Das Kabel (ID %1) existiert nicht mehr: Jemand hat es entfernt.</translation>
    </message>
</context>
<context>
    <name>CableTrace</name>
    <message>
        <source>Device &quot;%1&quot; has no port &quot;%2&quot;.</source>
        <translation>Gerät „%1“ hat keinen Port „%2“.</translation>
    </message>
    <message>
        <source>There is no port with id %1.</source>
        <translation>Es gibt keinen Port mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Cidr</name>
    <message>
        <source>No network given.</source>
        <translation>Kein Netz angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 network.</source>
        <translation>„%1“ ist kein IPv4- oder IPv6-Netz.</translation>
    </message>
    <message>
        <source>%1 is an %2 network, but an %3 one is needed here.</source>
        <translation>%1 ist ein %2-Netz, hier wird aber ein %3-Netz benötigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid prefix length after the &quot;/&quot;.</source>
        <translation>„%1“ hat nach dem „/“ keine gültige Präfixlänge.</translation>
    </message>
    <message>
        <source>/%1 is not a valid %2 prefix length (0 to %3): %4</source>
        <translation>/%1 ist keine gültige %2-Präfixlänge (0 bis %3): %4</translation>
    </message>
    <message>
        <source>%1 has host bits set; the network is %2.</source>
        <translation>%1 hat gesetzte Host-Bits; das Netz ist %2.</translation>
    </message>
    <message>
        <source>No address given.</source>
        <translation>Keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>%1 is a network; a single address is needed here.</source>
        <translation>%1 ist ein Netz; hier wird eine einzelne Adresse benötigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1 is an %2 address, but an %3 one is needed here.</source>
        <translation>%1 ist eine %2-Adresse, hier wird aber eine %3-Adresse benötigt.</translation>
    </message>
    <message>
        <source>/%1 is outside the IPv4 range HostDeck manages (/8 to /32).</source>
        <translation>/%1 liegt außerhalb des IPv4-Bereichs, den HostDeck verwaltet (/8 bis /32).</translation>
    </message>
    <message>
        <source>The address family must be 4 or 6, not %1.</source>
        <translation>Die Adressfamilie muss 4 oder 6 sein, nicht %1.</translation>
    </message>
    <message>
        <source>No network to subdivide.</source>
        <translation>Kein Netz zum Unterteilen.</translation>
    </message>
    <message>
        <source>%1 cannot be split into /%2 pieces: the pieces must be smaller than the network (longer than /%3).</source>
        <translation>%1 kann nicht in /%2-Teile zerlegt werden: Die Teile müssen kleiner als das Netz sein (länger als /%3).</translation>
    </message>
    <message>
        <source>/%1 is not a valid %2 prefix length (0 to %3).</source>
        <translation>/%1 ist keine gültige %2-Präfixlänge (0 bis %3).</translation>
    </message>
    <message>
        <source>Splitting %1 into /%2 pieces would make more than %3 subnets.</source>
        <translation>%1 in /%2-Teile zu zerlegen ergäbe mehr als %3 Subnetze.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the octet %2 with a leading zero, which some tools read as octal; write it without the zero.</source>
        <translation>„%1“ enthält das Oktett %2 mit führender Null, das manche Programme als Oktalzahl lesen; bitte ohne die Null schreiben.</translation>
    </message>
    <message>
        <source>/%1 is outside the IPv6 range HostDeck manages (/12 to /128).</source>
        <translation>/%1 liegt außerhalb des IPv6-Bereichs, den HostDeck verwaltet (/12 bis /128).</translation>
    </message>
    <message>
        <source>%1 is IPv4-mapped IPv6 space (::ffff:0:0/96), which stands for IPv4 addresses; manage them as IPv4, so one address cannot be handed out twice.</source>
        <translation>%1 ist IPv4-gemappter IPv6-Adressraum (::ffff:0:0/96), der für IPv4-Adressen steht; verwalten Sie diese als IPv4, damit keine Adresse zweimal vergeben werden kann.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>Die Option %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>Die Option %1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>warning: the embedded database could not be stopped: %1</source>
        <translation>Warnung: Die eingebettete Datenbank konnte nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <source>The database schema is at version %1, but this HostDeck needs version %2. Run &quot;hostdeck db migrate&quot; first.</source>
        <translation>Das Datenbankschema hat Version %1, dieses HostDeck braucht aber Version %2. Führen Sie zuerst „hostdeck db migrate“ aus.</translation>
    </message>
    <message>
        <source>The server did not report its version.</source>
        <translation>Der Server hat seine Version nicht gemeldet.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>%1 (latest %2)</source>
        <translation>%1 (neueste %2)</translation>
    </message>
    <message>
        <source>Pending migrations:</source>
        <translation>Ausstehende Migrationen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Applying migration %1 (%2)...</source>
        <translation>Migration %1 (%2) wird angewendet …</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation>Das Schema ist aktuell (Version %1).</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s); the schema is at version %1.</source>
        <translation>
            <numerusform>%n Migration angewendet; das Schema hat Version %1.</numerusform>
            <numerusform>%n Migrationen angewendet; das Schema hat Version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database already has racks; the demo data was not loaded.</source>
        <translation>Die Datenbank enthält bereits Racks; die Demodaten wurden nicht geladen.</translation>
    </message>
    <message>
        <source>Loaded the demo data: %1 site, %2 rooms, %3 racks, %4 device types, %5 devices, %6 customers.</source>
        <translation>Demodaten geladen: %1 Standort, %2 Räume, %3 Racks, %4 Gerätetypen, %5 Geräte, %6 Kunden.</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>There are no racks yet (&quot;hostdeck demo load&quot; loads a demo data centre).</source>
        <translation>Es gibt noch keine Racks („hostdeck demo load“ lädt ein Demo-Rechenzentrum).</translation>
    </message>
    <message>
        <source>RACK</source>
        <translation>RACK</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>U</source>
        <translation>HE</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>GERÄTE</translation>
    </message>
    <message>
        <source>ALLOC kW</source>
        <translation>BELEGT kW</translation>
    </message>
    <message>
        <source>BUDGET kW</source>
        <translation>BUDGET kW</translation>
    </message>
    <message>
        <source>USE</source>
        <translation>AUSL.</translation>
    </message>
    <message>
        <source>REDUNDANCY</source>
        <translation>REDUNDANZ</translation>
    </message>
    <message>
        <source>POWER</source>
        <translation>STROM</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>KUNDE</translation>
    </message>
    <message numerus="yes">
        <source>Rack %1 in %2: %3 U, %n device(s)</source>
        <translation>
            <numerusform>Rack %1 in %2: %3 HE, %n Gerät</numerusform>
            <numerusform>Rack %1 in %2: %3 HE, %n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Rented as a whole by %1</source>
        <translation>Komplett vermietet an %1</translation>
    </message>
    <message>
        <source>Power: %1 kW allocated of %2 kW budget (%3, %4)%5</source>
        <translation>Strom: %1 kW belegt von %2 kW Budget (%3, %4)%5</translation>
    </message>
    <message>
        <source> - OVER BUDGET</source>
        <translation> – ÜBER BUDGET</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>half</source>
        <translation>halb</translation>
    </message>
    <message>
        <source>MOUNT</source>
        <translation>MONTAGE</translation>
    </message>
    <message>
        <source>FACE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>DEPTH</source>
        <translation>TIEFE</translation>
    </message>
    <message>
        <source>WIDTH</source>
        <translation>BREITE</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>DISPOSITION</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>WATTS</source>
        <translation>WATT</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2 U %3: %4</source>
        <translation>%1 kann nicht nach %2 HE %3 verschoben werden: %4</translation>
    </message>
    <message>
        <source>Moved %1 to %2 U %3 (%4).</source>
        <translation>%1 nach %2 HE %3 (%4) verschoben.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation>„%1“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;%2&quot;.</source>
        <translation>Die Option %1 gilt nicht für „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>„%1“ braucht weitere Argumente.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>Unerwartetes Argument „%1“ für „%2“.</translation>
    </message>
    <message>
        <source>The option --db needs a database URL.</source>
        <translation>Die Option --db braucht eine Datenbank-URL.</translation>
    </message>
    <message>
        <source>&quot;device move&quot; needs --rack RACK.</source>
        <translation>„device move“ braucht --rack RACK.</translation>
    </message>
    <message>
        <source>&quot;device move&quot; needs --u N.</source>
        <translation>„device move“ braucht --u N.</translation>
    </message>
    <message>
        <source>--u needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--u braucht eine ganze Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--face must be front or rear, not &quot;%1&quot;.</source>
        <translation>--face muss front oder rear sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;ipam rdns&quot; needs a subcommand: set.</source>
        <translation>„ipam rdns“ braucht einen Unterbefehl: set.</translation>
    </message>
    <message>
        <source>Unknown command &quot;ipam rdns %1&quot;.</source>
        <translation>Unbekannter Befehl „ipam rdns %1“.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;ipam rdns set&quot;.</source>
        <translation>Die Option %1 gilt nicht für „ipam rdns set“.</translation>
    </message>
    <message>
        <source>&quot;ipam rdns set&quot; needs an IP address.</source>
        <translation>„ipam rdns set“ braucht eine IP-Adresse.</translation>
    </message>
    <message>
        <source>&quot;ipam rdns set&quot; needs an IP address and a host name (an empty name or --delete removes the PTR).</source>
        <translation>„ipam rdns set“ braucht eine IP-Adresse und einen Hostnamen (ein leerer Name oder --delete entfernt den PTR).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;ipam rdns set&quot;.</source>
        <translation>Unerwartetes Argument „%1“ für „ipam rdns set“.</translation>
    </message>
    <message>
        <source>stored only; no DNS provider is configured for it</source>
        <translation>nur gespeichert; dafür ist kein DNS-Anbieter konfiguriert</translation>
    </message>
    <message>
        <source>published at %1 provider &quot;%2&quot;</source>
        <translation>veröffentlicht beim %1-Anbieter „%2“</translation>
    </message>
    <message>
        <source>Removed the reverse DNS name of %1 (%2).</source>
        <translation>Reverse-DNS-Name von %1 entfernt (%2).</translation>
    </message>
    <message>
        <source>Set the reverse DNS name of %1 to %2 (%3).</source>
        <translation>Reverse-DNS-Name von %1 auf %2 gesetzt (%3).</translation>
    </message>
    <message>
        <source>Network: %1 ports, %2 cables, %3 BMC settings, %4 SNMP agents; a week of samples: %5 traffic, %6 power.</source>
        <translation>Netzwerk: %1 Ports, %2 Kabel, %3 BMC-Einstellungen, %4 SNMP-Agenten; Messwerte einer Woche: %5 Verkehr, %6 Strom.</translation>
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
        <translation>Aufruf: hostdeck [--db URL]                    öffnet die Konsole
        hostdeck [--db URL] BEFEHL [OPTIONEN]

Befehle:
  db status                      Server-, Datenbank- und Schemaversion
  db migrate                     ausstehende Schemamigrationen anwenden
  demo load [--if-empty]         das Demo-Rechenzentrum laden (Standort EU-FRA)
  rack list [--json]             Racks mit belegter Leistung und Budget
  rack show RACK [--json]        die Geräte eines Racks nach HE und Seite, und sein Strom
  device move DEVICE --rack RACK --u N [--face front|rear]
                                 ein Gerät verschieben, sodass seine unterste HE N ist
  ipam add-subnet CIDR [--location CODE] [--vlan VID] [--unavailable] [--no-auto]
                                 einen Pool anlegen oder ein Subnetz aus einem freien herauslösen
  ipam allocate --family 4|6 (--prefix N | --ips K) [--location CODE] [--vlan VID]
                [--pool CIDR] [--customer ID] [--json]
                                 ein Subnetz oder Adressen zuteilen
  ipam release CIDR|IP           ein Subnetz oder eine Adresse freigeben
  ipam tree [CIDR] [--json]      der Präfixbaum (alle Pools oder ein Subnetz)
  ipam free CIDR --prefix N [--json]
  ipam repair [--json]
                                 die freien /N-Blöcke in einem Subnetz
  ipam rdns set IP NAME | ipam rdns set IP --delete
                                 den PTR einer Adresse bei ihrem rDNS-Anbieter setzen
                                 (oder, mit leerem NAME, entfernen)
  --version                      die Version ausgeben
  --help                         diese Hilfe ausgeben

--db URL   ein PostgreSQL-Server: postgresql://benutzer@host[:port]/datenbank[?sslmode=...]
           (Passwort aus PGPASSWORD oder ~/.pgpass). Ohne: die Einstellung „database/url“,
           sonst die eingebettete Datenbank unter $XDG_DATA_HOME/hostdeck.

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>CloudflareClient</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>Cloudflare could not be reached: %1</source>
        <translation>Cloudflare ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Cloudflare answered HTTP %1 while %2: %3</source>
        <translation>Cloudflare antwortete beim %2 mit HTTP %1: %3</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>kein Fehlertext</translation>
    </message>
    <message>
        <source>looking up zone %1</source>
        <translation>Abfragen der Zone %1</translation>
    </message>
    <message>
        <source>Cloudflare has no zone named %1 for this token; create the reverse zone there first.</source>
        <translation>Cloudflare hat für dieses Token keine Zone namens %1; legen Sie die Reverse-Zone zuerst dort an.</translation>
    </message>
    <message>
        <source>looking up the PTR of %1</source>
        <translation>Abfragen des PTR von %1</translation>
    </message>
    <message>
        <source>deleting the PTR of %1</source>
        <translation>Löschen des PTR von %1</translation>
    </message>
    <message>
        <source>setting the PTR of %1</source>
        <translation>Setzen des PTR von %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>embedded PostgreSQL (%1)</source>
        <translation>eingebettetes PostgreSQL (%1)</translation>
    </message>
    <message>
        <source>The database connection is empty.</source>
        <translation>Die Datenbankverbindung ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a postgresql:// URL nor a key=value connection string (host=... dbname=...).</source>
        <translation>„%1“ ist weder eine postgresql://-URL noch eine Verbindungszeichenkette aus Schlüssel=Wert-Paaren (host=... dbname=...).</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>The database connection is not one libpq accepts: %1</source>
        <translation>libpq nimmt diese Datenbankverbindung nicht an: %1</translation>
    </message>
    <message>
        <source>The value of %1 must not contain &apos;;&apos;.</source>
        <translation>Der Wert von %1 darf kein „;“ enthalten.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The database connection contains a control character.</source>
        <translation>Die Datenbankverbindung enthält ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>That space in the rack is already occupied by another device.</source>
        <translation>Dieser Platz im Rack ist bereits von einem anderen Gerät belegt.</translation>
    </message>
    <message>
        <source>The device would extend past the top of the rack.</source>
        <translation>Das Gerät würde oben über das Rack hinausragen.</translation>
    </message>
    <message>
        <source>U positions start at 1.</source>
        <translation>Höheneinheiten beginnen bei 1.</translation>
    </message>
    <message>
        <source>The device&apos;s last U lies below its first U.</source>
        <translation>Die letzte Höheneinheit des Geräts liegt unter seiner ersten.</translation>
    </message>
    <message>
        <source>The U range does not match the device type&apos;s height.</source>
        <translation>Der HE-Bereich passt nicht zur Höhe des Gerätetyps.</translation>
    </message>
    <message>
        <source>0U devices mount in a side channel; other devices in the rack.</source>
        <translation>0-HE-Geräte werden im Seitenkanal montiert, alle anderen im Rack.</translation>
    </message>
    <message>
        <source>Only half-width device types can sit in half a U.</source>
        <translation>Nur Gerätetypen mit halber Breite passen in eine halbe Höheneinheit.</translation>
    </message>
    <message>
        <source>A racked device needs a rack, a first U and a last U.</source>
        <translation>Ein eingebautes Gerät braucht ein Rack, eine erste und eine letzte Höheneinheit.</translation>
    </message>
    <message>
        <source>Another device already has that name.</source>
        <translation>Ein anderes Gerät hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>Another device already has that serial number.</source>
        <translation>Ein anderes Gerät hat bereits diese Seriennummer.</translation>
    </message>
    <message>
        <source>Another device already has that asset tag.</source>
        <translation>Ein anderes Gerät hat bereits diese Inventarnummer.</translation>
    </message>
    <message>
        <source>Another rack already has that name.</source>
        <translation>Ein anderes Rack hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>Another location already has that code.</source>
        <translation>Ein anderer Standort hat bereits diesen Code.</translation>
    </message>
    <message>
        <source>Another customer already has that code.</source>
        <translation>Ein anderer Kunde hat bereits diesen Code.</translation>
    </message>
    <message>
        <source>That subnet already exists.</source>
        <translation>Dieses Subnetz existiert bereits.</translation>
    </message>
    <message>
        <source>That subnet overlaps another subnet at the same level of the prefix tree.</source>
        <translation>Dieses Subnetz überschneidet sich mit einem anderen Subnetz auf derselben Ebene des Präfixbaums.</translation>
    </message>
    <message>
        <source>The subnet&apos;s IP version does not match its address family.</source>
        <translation>Die IP-Version des Subnetzes passt nicht zu seiner Adressfamilie.</translation>
    </message>
    <message>
        <source>A subdivided subnet cannot itself be allocated to a customer, service or device.</source>
        <translation>Ein unterteiltes Subnetz kann nicht selbst einem Kunden, Dienst oder Gerät zugewiesen werden.</translation>
    </message>
    <message>
        <source>An unallocated subnet cannot have a customer, service or device.</source>
        <translation>Ein nicht zugewiesenes Subnetz kann keinen Kunden, Dienst oder kein Gerät haben.</translation>
    </message>
    <message>
        <source>A subnet is unallocated, allocated or subdivided.</source>
        <translation>Ein Subnetz ist nicht zugewiesen, zugewiesen oder unterteilt.</translation>
    </message>
    <message>
        <source>That IP address is already in use.</source>
        <translation>Diese IP-Adresse wird bereits verwendet.</translation>
    </message>
    <message>
        <source>An IP address record holds a single address (/32 or /128), not a network.</source>
        <translation>Ein IP-Adress-Eintrag enthält eine einzelne Adresse (/32 oder /128), kein Netz.</translation>
    </message>
    <message>
        <source>Unknown IP address purpose.</source>
        <translation>Unbekannter Verwendungszweck der IP-Adresse.</translation>
    </message>
    <message>
        <source>The reverse DNS name is not a valid host name.</source>
        <translation>Der Reverse-DNS-Name ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>That location already has a VLAN with that ID.</source>
        <translation>Dieser Standort hat bereits ein VLAN mit dieser ID.</translation>
    </message>
    <message>
        <source>VLAN IDs run from 1 to 4094.</source>
        <translation>VLAN-IDs reichen von 1 bis 4094.</translation>
    </message>
    <message>
        <source>Another product already has that name.</source>
        <translation>Ein anderes Produkt hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>The product&apos;s IPAM configuration is malformed (mode full or disabled; rules of type ip or subnet).</source>
        <translation>Die IPAM-Konfiguration des Produkts ist fehlerhaft (Modus full oder disabled; Regeln vom Typ ip oder subnet).</translation>
    </message>
    <message>
        <source>Unknown service status.</source>
        <translation>Unbekannter Dienststatus.</translation>
    </message>
    <message>
        <source>That device already has a port with that name.</source>
        <translation>Dieses Gerät hat bereits einen Port mit diesem Namen.</translation>
    </message>
    <message>
        <source>That device already has a port with that interface index.</source>
        <translation>Dieses Gerät hat bereits einen Port mit diesem Interface-Index.</translation>
    </message>
    <message>
        <source>Unknown port kind.</source>
        <translation>Unbekannte Portart.</translation>
    </message>
    <message>
        <source>A patch panel front port maps to exactly one rear port; other ports map to none.</source>
        <translation>Ein vorderer Patchpanel-Port ist genau einem hinteren Port zugeordnet; andere Ports keinem.</translation>
    </message>
    <message>
        <source>That rear port is already mapped to another front port.</source>
        <translation>Dieser hintere Port ist bereits einem anderen vorderen Port zugeordnet.</translation>
    </message>
    <message>
        <source>Unknown cable type: use Cat5e, Cat6, Cat6a, Cat7, OM3, OM4, SM fibre, DAC or twinax.</source>
        <translation>Unbekannter Kabeltyp: erlaubt sind Cat5e, Cat6, Cat6a, Cat7, OM3, OM4, SM fibre, DAC oder twinax.</translation>
    </message>
    <message>
        <source>A cable connects two different ports.</source>
        <translation>Ein Kabel verbindet zwei verschiedene Ports.</translation>
    </message>
    <message>
        <source>A cable colour is a colour name or #rrggbb.</source>
        <translation>Eine Kabelfarbe ist ein Farbname oder #rrggbb.</translation>
    </message>
    <message>
        <source>Sample times must fall on a 5-minute boundary.</source>
        <translation>Messzeitpunkte müssen auf einer 5-Minuten-Grenze liegen.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 lower-case hex digits (SHA-256).</source>
        <translation>Ein Zertifikats-Fingerabdruck besteht aus 64 Hexadezimalziffern in Kleinbuchstaben (SHA-256).</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen.</translation>
    </message>
    <message>
        <source>Permission denied: your database role may not do this.</source>
        <translation>Zugriff verweigert: Ihre Datenbankrolle darf das nicht.</translation>
    </message>
    <message>
        <source>That is not a network in CIDR form; its host bits must be zero (10.0.0.0/8, not 10.0.0.1/8).</source>
        <translation>Das ist kein Netz in CIDR-Schreibweise; die Host-Bits müssen null sein (10.0.0.0/8, nicht 10.0.0.1/8).</translation>
    </message>
    <message>
        <source>The database reported an unknown error.</source>
        <translation>Die Datenbank hat einen unbekannten Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install it: apt-get install libqt6sql6-psql</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert. Installieren Sie ihn: apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>The database schema is at version %1, newer than this HostDeck understands (%2). Upgrade HostDeck before using this database.</source>
        <translation>Das Datenbankschema hat Version %1 und ist neuer, als dieses HostDeck versteht (%2). Aktualisieren Sie HostDeck, bevor Sie diese Datenbank verwenden.</translation>
    </message>
    <message>
        <source>Another device already has that name (names are compared without case).</source>
        <translation>Ein anderes Gerät hat diesen Namen bereits (Groß- und Kleinschreibung zählt beim Vergleich nicht).</translation>
    </message>
    <message>
        <source>Another rack already has that name (names are compared without case).</source>
        <translation>Ein anderes Rack hat diesen Namen bereits (Groß- und Kleinschreibung zählt beim Vergleich nicht).</translation>
    </message>
    <message>
        <source>Subnets run from /8 to /32 for IPv4 and from /12 to /128 for IPv6.</source>
        <translation>Subnetze reichen von /8 bis /32 für IPv4 und von /12 bis /128 für IPv6.</translation>
    </message>
    <message>
        <source>IPv4-mapped IPv6 space (::ffff:0:0/96) holds IPv4 addresses; manage them as IPv4.</source>
        <translation>IPv4-gemappter IPv6-Adressraum (::ffff:0:0/96) enthält IPv4-Adressen; verwalten Sie diese als IPv4.</translation>
    </message>
    <message>
        <source>A Redfish system is named by its Id or path: up to 200 characters, no blanks.</source>
        <translation>Ein Redfish-System wird mit seiner Id oder seinem Pfad benannt: bis zu 200 Zeichen, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The subnets inside a subdivided subnet must cover it: delete or merge whole blocks (or run &quot;hostdeck ipam repair&quot;).</source>
        <translation>Die Subnetze in einem unterteilten Subnetz müssen es ganz abdecken: ganze Blöcke löschen oder zusammenführen (oder „hostdeck ipam repair“ ausführen).</translation>
    </message>
</context>
<context>
    <name>DcimCommands</name>
    <message>
        <source>U %1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation>HE %1–%2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Moving %1</source>
        <translation>%1 wird verschoben</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>%1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Setting %1 to %2</source>
        <translation>%1 wird auf %2 gesetzt</translation>
    </message>
</context>
<context>
    <name>DcimRepository</name>
    <message>
        <source>A device needs a name.</source>
        <translation>Ein Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>Watts cannot be negative.</source>
        <translation>Watt können nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is no rack with id %1.</source>
        <translation>Es gibt kein Rack mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no rack named &quot;%1&quot;.</source>
        <translation>Es gibt kein Rack namens „%1“.</translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation>Es gibt kein Gerät mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no device named &quot;%1&quot;.</source>
        <translation>Es gibt kein Gerät namens „%1“.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database returned no id for demo data.</source>
        <translation>Die Datenbank hat für die Demodaten keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>Could not tell whether the database is empty.</source>
        <translation>Es ließ sich nicht feststellen, ob die Datenbank leer ist.</translation>
    </message>
    <message>
        <source>The database already has racks; demo data is only loaded into an empty database.</source>
        <translation>Die Datenbank enthält bereits Racks; Demodaten werden nur in eine leere Datenbank geladen.</translation>
    </message>
    <message>
        <source>Loading the demo data failed: %1</source>
        <translation>Das Laden der Demodaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No demo pool holds %1.</source>
        <translation>Kein Demo-Pool enthält %1.</translation>
    </message>
    <message>
        <source>%1 cannot be carved out of %2.</source>
        <translation>%1 kann nicht aus %2 herausgelöst werden.</translation>
    </message>
    <message>
        <source>The demo locations are missing.</source>
        <translation>Die Demo-Standorte fehlen.</translation>
    </message>
    <message>
        <source>The management network of room %1 is missing.</source>
        <translation>Das Management-Netz von Raum %1 fehlt.</translation>
    </message>
    <message>
        <source>Demo %1: %2</source>
        <translation>Demo %1: %2</translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Defekt</translation>
    </message>
</context>
<context>
    <name>EmbeddedCluster</name>
    <message>
        <source>&quot;%1&quot;/&quot;%2&quot; is not a valid database or role name.</source>
        <translation>„%1“/„%2“ ist kein gültiger Datenbank- oder Rollenname.</translation>
    </message>
    <message>
        <source>HOSTDECK_PG_BINDIR is &quot;%1&quot;, but initdb and pg_ctl are not there. Install the PostgreSQL server programs with: sudo apt-get install postgresql-15, or point HOSTDECK_PG_BINDIR at their directory.</source>
        <translation>HOSTDECK_PG_BINDIR ist „%1“, aber dort gibt es weder initdb noch pg_ctl. Installieren Sie die PostgreSQL-Serverprogramme mit: sudo apt-get install postgresql-15, oder lassen Sie HOSTDECK_PG_BINDIR auf ihr Verzeichnis zeigen.</translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found in %1. Install them with: sudo apt-get install postgresql-15, or point --db at an existing server.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl) wurden in %1 nicht gefunden. Installieren Sie sie mit: sudo apt-get install postgresql-15, oder geben Sie mit --db einen vorhandenen Server an.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2).</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root, and the system user &quot;%1&quot; that should own the cluster could not be created.</source>
        <translation>PostgreSQL läuft nicht als root, und der Systembenutzer „%1“, dem der Cluster gehören soll, konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The system user &quot;%1&quot; does not exist.</source>
        <translation>Der Systembenutzer „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The cluster directory %1 lies below %2, which the system user &quot;%3&quot; cannot enter. Choose another place with HOSTDECK_DATA_DIR.</source>
        <translation>Das Cluster-Verzeichnis %1 liegt unterhalb von %2, das der Systembenutzer „%3“ nicht betreten kann. Wählen Sie mit HOSTDECK_DATA_DIR einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the system user &quot;%2&quot;.</source>
        <translation>%1 kann nicht an den Systembenutzer „%2“ übergeben werden.</translation>
    </message>
    <message>
        <source>The cluster in %1 belongs to another user, not to &quot;%2&quot;.</source>
        <translation>Der Cluster in %1 gehört einem anderen Benutzer, nicht „%2“.</translation>
    </message>
    <message>
        <source>Creating the embedded PostgreSQL cluster in %1 failed.</source>
        <translation>Das Anlegen des eingebetteten PostgreSQL-Clusters in %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server programs initdb and pg_ctl are not in %1. Install them with: sudo apt-get install postgresql-15, or point --db at an existing server.</source>
        <translation>Die PostgreSQL-Serverprogramme initdb und pg_ctl liegen nicht in %1. Installieren Sie sie mit: sudo apt-get install postgresql-15, oder geben Sie mit --db einen vorhandenen Server an.</translation>
    </message>
    <message>
        <source>Another HostDeck is still starting the embedded database in %1.</source>
        <translation>Ein anderes HostDeck startet gerade noch die eingebettete Datenbank in %1.</translation>
    </message>
    <message>
        <source>The embedded PostgreSQL server in %1 did not start.</source>
        <translation>Der eingebettete PostgreSQL-Server in %1 ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>HostDeck</source>
        <translation>HostDeck</translation>
    </message>
    <message>
        <source>HostDeck, the data centre operator console.</source>
        <translation>HostDeck, die Betriebskonsole für das Rechenzentrum.</translation>
    </message>
    <message>
        <source>Use the PostgreSQL server at &lt;url&gt; (postgresql://user@host/db) instead of the embedded database.</source>
        <translation>Den PostgreSQL-Server unter &lt;url&gt; (postgresql://benutzer@host/db) statt der eingebetteten Datenbank verwenden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Print &quot;ready &lt;ms&gt;&quot; once the first racks are shown, then quit.</source>
        <translation>„ready &lt;ms&gt;“ ausgeben, sobald die ersten Racks angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <source>Save the documentation&apos;s screenshots into &lt;directory&gt;, then quit.</source>
        <translation>Die Bildschirmfotos der Dokumentation in &lt;directory&gt; speichern, dann beenden.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>verzeichnis</translation>
    </message>
    <message>
        <source>Starting the embedded database…</source>
        <translation>Die eingebettete Datenbank wird gestartet …</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Verbindung zur Datenbank wird hergestellt …</translation>
    </message>
    <message>
        <source>HostDeck cannot open its database.</source>
        <translation>HostDeck kann seine Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>The embedded database has no racks yet. Load the demo data centre (site EU-FRA with two rooms, 24 racks and about 400 devices)?</source>
        <translation>Die eingebettete Datenbank enthält noch keine Racks. Das Demo-Rechenzentrum laden (Standort EU-FRA mit zwei Räumen, 24 Racks und etwa 400 Geräten)?</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Demodaten werden geladen …</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>Die Demodaten konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>connection refused to %1</source>
        <translation>Verbindung zu %1 abgelehnt</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>the host name of %1 does not resolve</source>
        <translation>der Hostname von %1 lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed verification</source>
        <translation>die TLS-Verbindung zu %1 hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable http or https URL</source>
        <translation>„%1“ ist keine verwendbare http- oder https-URL</translation>
    </message>
    <message>
        <source>the request to %1 failed</source>
        <translation>die Anfrage an %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the HTTP client could not start</source>
        <translation>der HTTP-Client konnte nicht starten</translation>
    </message>
    <message>
        <source>this libcurl cannot pin TLS certificates (it needs the OpenSSL backend)</source>
        <translation>diese libcurl unterstützt kein Pinning von TLS-Zertifikaten (dafür braucht sie das OpenSSL-Backend)</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not pinned yet; it presents SHA-256 %2</source>
        <translation>das TLS-Zertifikat von %1 ist noch nicht hinterlegt; vorgelegt wird SHA-256 %2</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 has changed: it presents SHA-256 %2, pinned is %3</source>
        <translation>das TLS-Zertifikat von %1 hat sich geändert: vorgelegt wird SHA-256 %2, hinterlegt ist %3</translation>
    </message>
    <message>
        <source>%1 closed the connection without a complete answer</source>
        <translation>%1 hat die Verbindung ohne vollständige Antwort geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL; only TLS servers have a certificate</source>
        <translation>„%1“ ist keine https-URL; nur TLS-Server haben ein Zertifikat</translation>
    </message>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 hat kein Zertifikat vorgelegt</translation>
    </message>
</context>
<context>
    <name>IpamCli</name>
    <message>
        <source>There is no location with the code &quot;%1&quot;.</source>
        <translation>Es gibt keinen Standort mit dem Code „%1“.</translation>
    </message>
    <message>
        <source>There is no VLAN %1 at %2 or the locations containing it.</source>
        <translation>Es gibt kein VLAN %1 am Standort %2 oder an den Standorten, die ihn enthalten.</translation>
    </message>
    <message>
        <source>There is no customer with the id or code &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kunden mit der ID oder dem Code „%1“.</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <source>parked above</source>
        <translation>übergeordnet geparkt</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (geerbt)</translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation>VLAN %1</translation>
    </message>
    <message>
        <source>no auto</source>
        <translation>nicht automatisch</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1 % belegt</translation>
    </message>
    <message numerus="yes">
        <source>… %n more child subnet(s) of %1 not shown (hostdeck ipam tree %1)</source>
        <translation>
            <numerusform>… %n weiteres untergeordnetes Subnetz von %1 nicht angezeigt (hostdeck ipam tree %1)</numerusform>
            <numerusform>… %n weitere untergeordnete Subnetze von %1 nicht angezeigt (hostdeck ipam tree %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>--vlan %1 needs a location: %2 has none of its own or inherited; give --location CODE.</source>
        <translation>--vlan %1 braucht einen Standort: %2 hat weder einen eigenen noch einen geerbten; geben Sie --location CODE an.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 as a new pool.</source>
        <translation>%1 als neuen Pool hinzugefügt.</translation>
    </message>
    <message>
        <source>There is no VLAN %1 in any location.</source>
        <translation>Es gibt an keinem Standort ein VLAN %1.</translation>
    </message>
    <message>
        <source>The pool %1 does not exist.</source>
        <translation>Der Pool %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Allocated %1 from the pool %2 (%3).</source>
        <translation>%1 aus dem Pool %2 zugeteilt (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Allocated %n address(es):</source>
        <translation>
            <numerusform>%n Adresse zugeteilt:</numerusform>
            <numerusform>%n Adressen zugeteilt:</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Nothing to release: %1 is neither an allocated address nor a subnet.</source>
        <translation>Nichts freizugeben: %1 ist weder eine zugewiesene Adresse noch ein Subnetz.</translation>
    </message>
    <message>
        <source>Cannot release %1: %2</source>
        <translation>%1 kann nicht freigegeben werden: %2</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message>
        <source>There are no subnets yet (&quot;hostdeck ipam add-subnet CIDR&quot; adds a pool).</source>
        <translation>Es gibt noch keine Subnetze („hostdeck ipam add-subnet CIDR“ legt einen Pool an).</translation>
    </message>
    <message>
        <source>%1 free /%2 block(s) in %3</source>
        <translation>%1 freie /%2-Blöcke in %3</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
    <message>
        <source>&quot;ipam&quot; needs a subcommand.</source>
        <translation>„ipam“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;%2&quot;.</source>
        <translation>Die Option %1 gilt nicht für „%2“.</translation>
    </message>
    <message>
        <source>The option --db needs a database URL.</source>
        <translation>Die Option --db braucht eine Datenbank-URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>„%1“ braucht weitere Argumente.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>Unerwartetes Argument „%1“ für „%2“.</translation>
    </message>
    <message>
        <source>--location needs a location code.</source>
        <translation>--location braucht einen Standortcode.</translation>
    </message>
    <message>
        <source>--customer needs a customer id or code.</source>
        <translation>--customer braucht eine Kunden-ID oder einen Kundencode.</translation>
    </message>
    <message>
        <source>--vlan needs a VLAN ID (1 to 4094), not &quot;%1&quot;.</source>
        <translation>--vlan braucht eine VLAN-ID (1 bis 4094), nicht „%1“.</translation>
    </message>
    <message>
        <source>VLAN %1 is outside the VLAN ID range 1 to 4094.</source>
        <translation>VLAN %1 liegt außerhalb des VLAN-ID-Bereichs 1 bis 4094.</translation>
    </message>
    <message>
        <source>&quot;ipam free&quot; needs --prefix N.</source>
        <translation>„ipam free“ braucht --prefix N.</translation>
    </message>
    <message>
        <source>--prefix needs a prefix length, not &quot;%1&quot;.</source>
        <translation>--prefix braucht eine Präfixlänge, nicht „%1“.</translation>
    </message>
    <message>
        <source>/%1 blocks cannot lie inside %2: the prefix length must be from /%3 to /%4.</source>
        <translation>/%1-Blöcke können nicht in %2 liegen: Die Präfixlänge muss zwischen /%3 und /%4 liegen.</translation>
    </message>
    <message>
        <source>&quot;ipam allocate&quot; needs --family 4 or --family 6.</source>
        <translation>„ipam allocate“ braucht --family 4 oder --family 6.</translation>
    </message>
    <message>
        <source>--family must be 4 or 6, not &quot;%1&quot;.</source>
        <translation>--family muss 4 oder 6 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;ipam allocate&quot; needs either --prefix N (a subnet) or --ips K (addresses), not both.</source>
        <translation>„ipam allocate“ braucht entweder --prefix N (ein Subnetz) oder --ips K (Adressen), nicht beides.</translation>
    </message>
    <message>
        <source>--ips needs a number of addresses of 1 or more, not &quot;%1&quot;.</source>
        <translation>--ips braucht eine Anzahl von Adressen ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--ips %1 is more than the %2 addresses one request may take.</source>
        <translation>--ips %1 ist mehr als die %2 Adressen, die eine einzelne Anfrage umfassen darf.</translation>
    </message>
    <message>
        <source>--pool: %1</source>
        <translation>--pool: %1</translation>
    </message>
    <message>
        <source>Added %1, but reading it back failed: %2</source>
        <translation>%1 wurde hinzugefügt, aber das erneute Lesen schlug fehl: %2</translation>
    </message>
    <message>
        <source>The prefix tree has no holes.</source>
        <translation>Der Präfixbaum hat keine Lücken.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n hole(s) with unallocated subnets: %1</source>
        <translation>
            <numerusform>%n Lücke mit freien Subnetzen gefüllt: %1</numerusform>
            <numerusform>%n Lücken mit freien Subnetzen gefüllt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n subnet(s) without children a free leaf again: %1</source>
        <translation>
            <numerusform>%n Subnetz ohne Kinder wieder zu einem freien Blatt gemacht: %1</numerusform>
            <numerusform>%n Subnetze ohne Kinder wieder zu freien Blättern gemacht: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpamConfig</name>
    <message>
        <source>The IPAM configuration is not a JSON object.</source>
        <translation>Die IPAM-Konfiguration ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The IPAM configuration&apos;s mode must be &quot;full&quot; or &quot;disabled&quot;, not &quot;%1&quot;.</source>
        <translation>Der Modus der IPAM-Konfiguration muss „full“ oder „disabled“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The IPAM configuration&apos;s rules must be a list.</source>
        <translation>Die Regeln der IPAM-Konfiguration müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>IPAM rule %1 is not an object.</source>
        <translation>IPAM-Regel %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>IPAM rule %1: the type must be &quot;ip&quot; or &quot;subnet&quot;.</source>
        <translation>IPAM-Regel %1: Der Typ muss „ip“ oder „subnet“ sein.</translation>
    </message>
    <message>
        <source>IPAM rule %1: the family must be 4 or 6.</source>
        <translation>IPAM-Regel %1: Die Familie muss 4 oder 6 sein.</translation>
    </message>
    <message>
        <source>IPAM rule %1: the count must be a whole number from 1 to 9999.</source>
        <translation>IPAM-Regel %1: Die Anzahl muss eine ganze Zahl von 1 bis 9999 sein.</translation>
    </message>
    <message>
        <source>IPAM rule %1: a subnet rule needs a prefix_length.</source>
        <translation>IPAM-Regel %1: Eine Subnetz-Regel braucht eine prefix_length.</translation>
    </message>
    <message>
        <source>IPAM rule %1: %2</source>
        <translation>IPAM-Regel %1: %2</translation>
    </message>
    <message>
        <source>IPAM rule %1: VLAN IDs run from 1 to 4094.</source>
        <translation>IPAM-Regel %1: VLAN-IDs reichen von 1 bis 4094.</translation>
    </message>
    <message>
        <source>IPAM rule %1: pick must be &quot;next&quot; or &quot;random&quot;.</source>
        <translation>IPAM-Regel %1: pick muss „next“ oder „random“ sein.</translation>
    </message>
</context>
<context>
    <name>IpamRepository</name>
    <message>
        <source>There is no subnet %1.</source>
        <translation>Es gibt kein Subnetz %1.</translation>
    </message>
    <message>
        <source>No subnet given.</source>
        <translation>Kein Subnetz angegeben.</translation>
    </message>
    <message>
        <source>/%1 blocks cannot lie inside %2: the prefix length must be from /%3 to /%4.</source>
        <translation>/%1-Blöcke können nicht in %2 liegen: Die Präfixlänge muss zwischen /%3 und /%4 liegen.</translation>
    </message>
</context>
<context>
    <name>IpmiSession</name>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>the FRU has no chassis, board or product area</source>
        <translation>die FRU hat keinen Chassis-, Board- oder Produktbereich</translation>
    </message>
    <message>
        <source>reading the chassis power state</source>
        <translation>Lesen des Chassis-Stromzustands</translation>
    </message>
    <message>
        <source>The BMC at %1 answered Get Chassis Status without a power state.</source>
        <translation>Der BMC unter %1 hat auf Get Chassis Status ohne Stromzustand geantwortet.</translation>
    </message>
    <message>
        <source>sending chassis control &quot;%1&quot;</source>
        <translation>Senden der Chassis-Steuerung „%1“</translation>
    </message>
    <message>
        <source>setting a one-time PXE boot</source>
        <translation>Setzen eines einmaligen PXE-Starts</translation>
    </message>
    <message>
        <source>The BMC at %1 sent a short answer while %2.</source>
        <translation>Der BMC unter %1 hat beim %2 eine zu kurze Antwort gesendet.</translation>
    </message>
    <message>
        <source>The BMC at %1 refused %2: user &quot;%3&quot; has only %4 privilege.</source>
        <translation>Der BMC unter %1 hat das %2 abgelehnt: Benutzer „%3“ hat nur die Berechtigungsstufe %4.</translation>
    </message>
    <message>
        <source>The BMC at %1 refused %2: %3</source>
        <translation>Der BMC unter %1 hat das %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>reading the BMC&apos;s device id</source>
        <translation>Lesen der Geräte-ID des BMC</translation>
    </message>
    <message>
        <source>reading the FRU inventory</source>
        <translation>Lesen des FRU-Inventars</translation>
    </message>
    <message>
        <source>The BMC at %1 sent FRU data that cannot be read: %2</source>
        <translation>Der BMC unter %1 hat FRU-Daten gesendet, die sich nicht lesen lassen: %2</translation>
    </message>
    <message>
        <source>The BMC at %1 refused the user or password (user &quot;%2&quot;).</source>
        <translation>Der BMC unter %1 hat den Benutzer oder das Passwort abgelehnt (Benutzer „%2“).</translation>
    </message>
    <message>
        <source>No IPMI answer from %1 within %2 ms: the BMC is unreachable, or IPMI over LAN is disabled on it.</source>
        <translation>Keine IPMI-Antwort von %1 innerhalb von %2 ms: Der BMC ist nicht erreichbar, oder IPMI over LAN ist auf ihm deaktiviert.</translation>
    </message>
    <message>
        <source>The BMC at %1 does not offer IPMI 2.0 cipher suite %2.</source>
        <translation>Der BMC unter %1 bietet die IPMI-2.0-Cipher-Suite %2 nicht an.</translation>
    </message>
    <message>
        <source>The BMC at %1 rejected the algorithms of IPMI 2.0 cipher suite %2: it most likely does not offer that suite (cipher suite 3 is the common one).</source>
        <translation>Der BMC unter %1 hat die Algorithmen der IPMI-2.0-Cipher-Suite %2 abgelehnt: Höchstwahrscheinlich bietet er diese Suite nicht an (üblich ist Cipher-Suite 3).</translation>
    </message>
    <message>
        <source>The BMC at %1 does not speak IPMI 2.0 (RMCP+).</source>
        <translation>Der BMC unter %1 spricht kein IPMI 2.0 (RMCP+).</translation>
    </message>
    <message>
        <source>The BMC at %1 granted user &quot;%2&quot; no session privilege, not even user level. If the account has the privilege, the BMC may need the &quot;opensesspriv&quot; workaround.</source>
        <translation>Der BMC unter %1 hat dem Benutzer „%2“ keine Sitzungsberechtigung gewährt, nicht einmal die Stufe Benutzer. Wenn das Konto die Berechtigung hat, braucht der BMC eventuell den Workaround „opensesspriv“.</translation>
    </message>
    <message>
        <source>The BMC address %1 cannot be resolved.</source>
        <translation>Die BMC-Adresse %1 lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>Opening an IPMI 2.0 session to %1 failed: %2</source>
        <translation>Das Öffnen einer IPMI-2.0-Sitzung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Out of memory while talking to the BMC at %1.</source>
        <translation>Nicht genügend Arbeitsspeicher bei der Kommunikation mit dem BMC unter %1.</translation>
    </message>
    <message>
        <source>The IPMI session with %1 dropped while %2: no answer within %3 ms.</source>
        <translation>Die IPMI-Sitzung mit %1 ist beim %2 abgebrochen: keine Antwort innerhalb von %3 ms.</translation>
    </message>
    <message>
        <source>Talking to the BMC at %1 failed while %2: %3</source>
        <translation>Die Kommunikation mit dem BMC unter %1 ist beim %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>No temporary directory for the SDR of the BMC at %1.</source>
        <translation>Kein temporäres Verzeichnis für die SDR des BMC unter %1.</translation>
    </message>
    <message>
        <source>reading the sensor data records (SDR)</source>
        <translation>Lesen der Sensordatensätze (SDR)</translation>
    </message>
    <message>
        <source>The BMC at %1 failed while %2: %3</source>
        <translation>Der BMC unter %1 meldete beim %2 einen Fehler: %3</translation>
    </message>
    <message>
        <source>reading sensor &quot;%1&quot;</source>
        <translation>Lesen des Sensors „%1“</translation>
    </message>
    <message>
        <source>Unknown IPMI workaround(s): %1. Known: %2.</source>
        <translation>Unbekannte IPMI-Workarounds: %1. Bekannt: %2.</translation>
    </message>
    <message>
        <source>Out of memory while decoding FRU data.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Dekodieren der FRU-Daten.</translation>
    </message>
    <message>
        <source>The FRU data cannot be read: %1</source>
        <translation>Die FRU-Daten lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot open an IPMI session to %1: %2</source>
        <translation>Es lässt sich keine IPMI-Sitzung zu %1 öffnen: %2</translation>
    </message>
    <message>
        <source>the BMC address &quot;%1&quot; is not a host name or address</source>
        <translation>die BMC-Adresse „%1“ ist weder ein Hostname noch eine Adresse</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>IPMI user names have at most %1 bytes</source>
        <translation>IPMI-Benutzernamen haben höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>IPMI 2.0 passwords have at most %1 bytes</source>
        <translation>IPMI-2.0-Passwörter haben höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>cipher suite %1 is not supported (supported: %2)</source>
        <translation>Cipher-Suite %1 wird nicht unterstützt (unterstützt: %2)</translation>
    </message>
    <message>
        <source>the timeout of %1 ms is too short</source>
        <translation>das Timeout von %1 ms ist zu kurz</translation>
    </message>
</context>
<context>
    <name>LocationTreeModel</name>
    <message>
        <source>%1 U, power %2</source>
        <translation>%1 HE, Strom %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This HostDeck binary contains no schema migrations.</source>
        <translation>Dieses HostDeck-Programm enthält keine Schemamigrationen.</translation>
    </message>
    <message>
        <source>The database schema is at version %1, newer than this HostDeck understands (%2). Upgrade HostDeck before using this database.</source>
        <translation>Das Datenbankschema hat Version %1 und ist neuer, als dieses HostDeck versteht (%2). Aktualisieren Sie HostDeck, bevor Sie diese Datenbank verwenden.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>OobCli</name>
    <message>
        <source>%1 needs the name of an environment variable.</source>
        <translation>%1 braucht den Namen einer Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>The environment variable %1 named by %2 is not set.</source>
        <translation>Die von %2 genannte Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>%1 belongs to a direct target: give --redfish URL or --ipmi HOST.</source>
        <translation>%1 gehört zu einem direkten Ziel: Geben Sie --redfish URL oder --ipmi HOST an.</translation>
    </message>
    <message>
        <source>Give either --redfish or --ipmi, not both.</source>
        <translation>Geben Sie entweder --redfish oder --ipmi an, nicht beides.</translation>
    </message>
    <message>
        <source>--cipher-suite and --workaround apply to --ipmi only.</source>
        <translation>--cipher-suite und --workaround gelten nur für --ipmi.</translation>
    </message>
    <message>
        <source>--redfish needs the BMC&apos;s base URL, https://HOST[:PORT], not &quot;%1&quot;.</source>
        <translation>--redfish braucht die Basis-URL des BMC, https://HOST[:PORT], nicht „%1“.</translation>
    </message>
    <message>
        <source>--cert-sha256 needs a SHA-256 fingerprint of 64 hex digits (colons allowed), not &quot;%1&quot;.</source>
        <translation>--cert-sha256 braucht einen SHA-256-Fingerabdruck aus 64 Hexadezimalziffern (Doppelpunkte erlaubt), nicht „%1“.</translation>
    </message>
    <message>
        <source>--ipmi needs HOST or HOST:PORT (an IPv6 address in brackets with a port), not &quot;%1&quot;.</source>
        <translation>--ipmi braucht HOST oder HOST:PORT (eine IPv6-Adresse mit Port in eckigen Klammern), nicht „%1“.</translation>
    </message>
    <message>
        <source>--cipher-suite needs an IPMI cipher suite id from 0 to 17, not &quot;%1&quot;.</source>
        <translation>--cipher-suite braucht eine IPMI-Cipher-Suite-ID von 0 bis 17, nicht „%1“.</translation>
    </message>
    <message>
        <source>--workaround needs a FreeIPMI workaround name, e.g. opensesspriv.</source>
        <translation>--workaround braucht den Namen eines FreeIPMI-Workarounds, z. B. opensesspriv.</translation>
    </message>
    <message>
        <source>A direct BMC target needs --user USER.</source>
        <translation>Ein direktes BMC-Ziel braucht --user USER.</translation>
    </message>
    <message>
        <source>A direct BMC target needs --password-env VARIABLE: the password is read from that environment variable, never from the command line.</source>
        <translation>Ein direktes BMC-Ziel braucht --password-env VARIABLE: Das Passwort wird aus dieser Umgebungsvariablen gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>%1 belongs to a direct target: give --snmp HOST[:PORT].</source>
        <translation>%1 gehört zu einem direkten Ziel: Geben Sie --snmp HOST[:PORT] an.</translation>
    </message>
    <message>
        <source>--snmp needs HOST or HOST:PORT (an IPv6 address in brackets with a port), not &quot;%1&quot;.</source>
        <translation>--snmp braucht HOST oder HOST:PORT (eine IPv6-Adresse mit Port in eckigen Klammern), nicht „%1“.</translation>
    </message>
    <message>
        <source>A direct SNMP target needs either --community C (v2c) or --v3-user U (v3).</source>
        <translation>Ein direktes SNMP-Ziel braucht entweder --community C (v2c) oder --v3-user U (v3).</translation>
    </message>
    <message>
        <source>%1 applies to SNMP v3 (--v3-user) only.</source>
        <translation>%1 gilt nur für SNMP v3 (--v3-user).</translation>
    </message>
    <message>
        <source>--community needs a community name.</source>
        <translation>--community braucht einen Community-Namen.</translation>
    </message>
    <message>
        <source>--v3-user needs a user name.</source>
        <translation>--v3-user braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>--auth-proto must be SHA, SHA-256, MD5 or none, not &quot;%1&quot;.</source>
        <translation>--auth-proto muss SHA, SHA-256, MD5 oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--priv-proto must be AES, DES or none, not &quot;%1&quot;.</source>
        <translation>--priv-proto muss AES, DES oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>SNMP v3 privacy needs authentication: give --auth-proto too, or --priv-proto none.</source>
        <translation>Verschlüsselung bei SNMP v3 braucht Authentifizierung: Geben Sie auch --auth-proto an, oder --priv-proto none.</translation>
    </message>
    <message>
        <source>SNMP v3 with authentication needs --auth-password-env VARIABLE.</source>
        <translation>SNMP v3 mit Authentifizierung braucht --auth-password-env VARIABLE.</translation>
    </message>
    <message>
        <source>--auth-password-env makes no sense with --auth-proto none.</source>
        <translation>--auth-password-env ergibt mit --auth-proto none keinen Sinn.</translation>
    </message>
    <message>
        <source>SNMP v3 with privacy needs --priv-password-env VARIABLE.</source>
        <translation>SNMP v3 mit Verschlüsselung braucht --priv-password-env VARIABLE.</translation>
    </message>
    <message>
        <source>--priv-password-env makes no sense with --priv-proto none.</source>
        <translation>--priv-password-env ergibt mit --priv-proto none keinen Sinn.</translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 bit/s</source>
        <translation>%1 bit/s</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n Tag %1</numerusform>
            <numerusform>%n Tage %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The BMC of %1 (%2) presents a certificate that differs from the pinned one; nothing was sent to it.</source>
        <translation>Der BMC von %1 (%2) legt ein anderes Zertifikat vor als das hinterlegte; es wurde nichts an ihn gesendet.</translation>
    </message>
    <message>
        <source>The certificate of the BMC of %1 (%2) is not pinned yet; nothing was sent to it.</source>
        <translation>Das Zertifikat des BMC von %1 (%2) ist noch nicht hinterlegt; es wurde nichts an ihn gesendet.</translation>
    </message>
    <message>
        <source>Pinned:    SHA-256 %1</source>
        <translation>Hinterlegt: SHA-256 %1</translation>
    </message>
    <message>
        <source>Presented: SHA-256 %1</source>
        <translation>Vorgelegt:  SHA-256 %1</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the BMC shows on its own console or setup screen.</source>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den der BMC auf seiner eigenen Konsole oder seinem Setup-Bildschirm anzeigt.</translation>
    </message>
    <message>
        <source>If they match, accept it: hostdeck bmc accept-cert %1 %2</source>
        <translation>Wenn sie übereinstimmen, akzeptieren Sie das Zertifikat: hostdeck bmc accept-cert %1 %2</translation>
    </message>
    <message>
        <source>If they match, add: --cert-sha256 %1</source>
        <translation>Wenn sie übereinstimmen, ergänzen Sie: --cert-sha256 %1</translation>
    </message>
    <message>
        <source>Inventory of %1 (%2 %3)</source>
        <translation>Inventar von %1 (%2 %3)</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>BIOS:</source>
        <translation>BIOS:</translation>
    </message>
    <message>
        <source>BMC firmware:</source>
        <translation>BMC-Firmware:</translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation>CPUs: %1</translation>
    </message>
    <message>
        <source>%1 cores / %2 threads</source>
        <translation>%1 Kerne / %2 Threads</translation>
    </message>
    <message>
        <source>Memory: %1 DIMM(s), %2 GiB</source>
        <translation>Arbeitsspeicher: %1 DIMM(s), %2 GiB</translation>
    </message>
    <message>
        <source>NICs: %1</source>
        <translation>Netzwerkkarten: %1</translation>
    </message>
    <message>
        <source>Storage controllers: %1</source>
        <translation>Speicher-Controller: %1</translation>
    </message>
    <message>
        <source>Drives: %1 (from SimpleStorage)</source>
        <translation>Laufwerke: %1 (aus SimpleStorage)</translation>
    </message>
    <message>
        <source>Drives: %1</source>
        <translation>Laufwerke: %1</translation>
    </message>
    <message>
        <source>Sent power %1 to %2.</source>
        <translation>Stromaktion „%1“ an %2 gesendet.</translation>
    </message>
    <message>
        <source>Power of %1: %2</source>
        <translation>Stromzustand von %1: %2</translation>
    </message>
    <message>
        <source>The power state could not be read afterwards: %1</source>
        <translation>Der Stromzustand konnte danach nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 boots from the network (PXE) once, at its next boot; later boots are as before.</source>
        <translation>%1 startet beim nächsten Start einmalig aus dem Netzwerk (PXE); spätere Starts laufen wie bisher.</translation>
    </message>
    <message>
        <source>The BMC of %1 speaks IPMI, which has no certificate to accept.</source>
        <translation>Der BMC von %1 spricht IPMI; dort gibt es kein Zertifikat zu akzeptieren.</translation>
    </message>
    <message>
        <source>The BMC of %1 (%2) presents a certificate with</source>
        <translation>Der BMC von %1 (%2) legt ein Zertifikat vor mit</translation>
    </message>
    <message>
        <source>It is pinned already; nothing to do.</source>
        <translation>Es ist bereits hinterlegt; nichts zu tun.</translation>
    </message>
    <message>
        <source>The pinned certificate differs:</source>
        <translation>Das hinterlegte Zertifikat weicht ab:</translation>
    </message>
    <message>
        <source>The BMC of %1 presents %2, not the fingerprint given (%3); nothing was pinned.</source>
        <translation>Der BMC von %1 legt %2 vor, nicht den angegebenen Fingerabdruck (%3); es wurde nichts hinterlegt.</translation>
    </message>
    <message>
        <source>Compare it with the BMC&apos;s own display; if it matches, use --cert-sha256 %1 with this target.</source>
        <translation>Vergleichen Sie ihn mit der eigenen Anzeige des BMC; wenn er übereinstimmt, verwenden Sie --cert-sha256 %1 mit diesem Ziel.</translation>
    </message>
    <message>
        <source>It matches; use --cert-sha256 %1 with this target.</source>
        <translation>Er stimmt überein; verwenden Sie --cert-sha256 %1 mit diesem Ziel.</translation>
    </message>
    <message>
        <source>Nothing was pinned. Compare it with the fingerprint the BMC shows on its own console or setup screen; if it matches, accept it with:</source>
        <translation>Es wurde nichts hinterlegt. Vergleichen Sie den Fingerabdruck mit dem, den der BMC auf seiner eigenen Konsole oder seinem Setup-Bildschirm anzeigt; wenn er übereinstimmt, akzeptieren Sie das Zertifikat mit:</translation>
    </message>
    <message>
        <source>(or add --yes to accept what the BMC presents now)</source>
        <translation>(oder ergänzen Sie --yes, um zu akzeptieren, was der BMC jetzt vorlegt)</translation>
    </message>
    <message>
        <source>Pinned the certificate of the BMC of %1.</source>
        <translation>Das Zertifikat des BMC von %1 wurde hinterlegt.</translation>
    </message>
    <message>
        <source>The SNMP poller returned no result for %1.</source>
        <translation>Der SNMP-Poller hat für %1 kein Ergebnis geliefert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n interface(s), up %3</source>
        <translation>
            <numerusform>%1 (%2): %n Schnittstelle, Betriebszeit %3</numerusform>
            <numerusform>%1 (%2): %n Schnittstellen, Betriebszeit %3</numerusform>
        </translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64-Bit</translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation>32-Bit</translation>
    </message>
    <message>
        <source>IFINDEX</source>
        <translation>IFINDEX</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <source>OPER</source>
        <translation>OPER</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>GESCHWINDIGKEIT</translation>
    </message>
    <message>
        <source>IN OCTETS</source>
        <translation>OKTETTE EIN</translation>
    </message>
    <message>
        <source>OUT OCTETS</source>
        <translation>OKTETTE AUS</translation>
    </message>
    <message>
        <source>COUNTERS</source>
        <translation>ZÄHLER</translation>
    </message>
    <message>
        <source>The agent at %1 has no interface named &quot;%2&quot;.</source>
        <translation>Der Agent unter %1 hat keine Schnittstelle namens „%2“.</translation>
    </message>
    <message>
        <source>Set %1 (ifIndex %2) at %3 administratively up.</source>
        <translation>%1 (ifIndex %2) unter %3 administrativ auf up gesetzt.</translation>
    </message>
    <message>
        <source>Set %1 (ifIndex %2) at %3 administratively down.</source>
        <translation>%1 (ifIndex %2) unter %3 administrativ auf down gesetzt.</translation>
    </message>
    <message>
        <source>Set port %1 (ifIndex %2) of %3 administratively up.</source>
        <translation>Port %1 (ifIndex %2) von %3 administrativ auf up gesetzt.</translation>
    </message>
    <message>
        <source>Set port %1 (ifIndex %2) of %3 administratively down.</source>
        <translation>Port %1 (ifIndex %2) von %3 administrativ auf down gesetzt.</translation>
    </message>
    <message>
        <source>Trace from %1 %2 (%3):</source>
        <translation>Kabelverlauf ab %1 %2 (%3):</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>cable #%1 (%2)</source>
        <translation>Kabel #%1 (%2)</translation>
    </message>
    <message>
        <source>through the panel</source>
        <translation>durch das Patchpanel</translation>
    </message>
    <message>
        <source>back to a port already on the path</source>
        <translation>zurück zu einem Port, der schon auf dem Pfad liegt</translation>
    </message>
    <message>
        <source>beyond %1 hops</source>
        <translation>jenseits von %1 Hops</translation>
    </message>
    <message>
        <source>HOP</source>
        <translation>HOP</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>VIA</source>
        <translation>ÜBER</translation>
    </message>
    <message>
        <source>%1 %2 has no cable.</source>
        <translation>%1 %2 hat kein Kabel.</translation>
    </message>
    <message>
        <source>The path loops: it returns to %1 %2.</source>
        <translation>Der Pfad bildet eine Schleife: Er führt zurück zu %1 %2.</translation>
    </message>
    <message>
        <source>The path is longer than %1 hops; the trace stopped.</source>
        <translation>Der Pfad ist länger als %1 Hops; der Kabelverlauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Far end: %1 %2 (%3).</source>
        <translation>Gegenstelle: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>The worker could not install its signal handlers.</source>
        <translation>Der Worker konnte seine Signal-Handler nicht installieren.</translation>
    </message>
    <message>
        <source>The sweep failed: %1</source>
        <translation>Der Durchlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopping on %1; a running sweep is finished first.</source>
        <translation>Beenden wegen %1; ein laufender Durchlauf wird zuerst abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n SNMP device(s) every %1 s; SIGTERM or SIGINT stops the worker.</source>
        <translation>
            <numerusform>%n SNMP-Gerät wird alle %1 s abgefragt; SIGTERM oder SIGINT beendet den Worker.</numerusform>
            <numerusform>%n SNMP-Geräte werden alle %1 s abgefragt; SIGTERM oder SIGINT beendet den Worker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The worker stopped after %n sweep(s).</source>
        <translation>
            <numerusform>Der Worker wurde nach %n Durchlauf beendet.</numerusform>
            <numerusform>Der Worker wurde nach %n Durchläufen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation>„%1“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to &quot;%2&quot;.</source>
        <translation>Die Option %1 gilt nicht für „%2“.</translation>
    </message>
    <message>
        <source>The option --db needs a database URL.</source>
        <translation>Die Option --db braucht eine Datenbank-URL.</translation>
    </message>
    <message>
        <source>A direct target (--redfish, --ipmi, --snmp) works without the database; drop --db.</source>
        <translation>Ein direktes Ziel (--redfish, --ipmi, --snmp) funktioniert ohne Datenbank; lassen Sie --db weg.</translation>
    </message>
    <message>
        <source>&quot;bmc power&quot; needs an action: status, on, off, cycle, reset or soft-off.</source>
        <translation>„bmc power“ braucht eine Aktion: status, on, off, cycle, reset oder soft-off.</translation>
    </message>
    <message>
        <source>Unknown power action &quot;%1&quot;: use status, on, off, cycle, reset or soft-off.</source>
        <translation>Unbekannte Stromaktion „%1“: Verwenden Sie status, on, off, cycle, reset oder soft-off.</translation>
    </message>
    <message>
        <source>&quot;snmp set-admin&quot; needs PORT and up or down.</source>
        <translation>„snmp set-admin“ braucht PORT und up oder down.</translation>
    </message>
    <message>
        <source>&quot;snmp set-admin&quot; needs DEVICE, PORT and up or down.</source>
        <translation>„snmp set-admin“ braucht DEVICE, PORT und up oder down.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>Unerwartetes Argument „%1“ für „%2“.</translation>
    </message>
    <message>
        <source>&quot;snmp set-admin&quot; sets a port up or down, not &quot;%1&quot;.</source>
        <translation>„snmp set-admin“ setzt einen Port auf up oder down, nicht auf „%1“.</translation>
    </message>
    <message>
        <source>&quot;snmp set-admin&quot; needs a port name or ifIndex.</source>
        <translation>„snmp set-admin“ braucht einen Portnamen oder einen ifIndex.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>&quot;bmc accept-cert&quot; takes the fingerprint as an argument, not --cert-sha256.</source>
        <translation>„bmc accept-cert“ nimmt den Fingerabdruck als Argument, nicht --cert-sha256.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>„%1“ braucht weitere Argumente.</translation>
    </message>
    <message>
        <source>&quot;bmc accept-cert&quot; is for Redfish BMCs (--redfish); IPMI has no certificate.</source>
        <translation>„bmc accept-cert“ ist für Redfish-BMCs (--redfish); IPMI hat kein Zertifikat.</translation>
    </message>
    <message>
        <source>&quot;worker&quot; needs --poll (the SNMP poller is its only job so far).</source>
        <translation>„worker“ braucht --poll (die SNMP-Abfrage ist bisher seine einzige Aufgabe).</translation>
    </message>
    <message>
        <source>--interval-s needs a number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--interval-s braucht eine Anzahl Sekunden von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--sweeps needs a number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--sweeps braucht eine Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>A port id is a positive number, not &quot;%1&quot;.</source>
        <translation>Eine Port-ID ist eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>PORT is DEVICE:PORTNAME (e.g. srv-01:eth0) or a port id, not &quot;%1&quot;.</source>
        <translation>PORT ist DEVICE:PORTNAME (z. B. srv-01:eth0) oder eine Port-ID, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give a DEVICE or a direct target, not both (&quot;%1&quot;).</source>
        <translation>Geben Sie ein DEVICE oder ein direktes Ziel an, nicht beides („%1“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a DEVICE (or a direct target: %2).</source>
        <translation>„%1“ braucht ein DEVICE (oder ein direktes Ziel: %2).</translation>
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
        <translation>Out-of-Band- und Netzwerkbefehle (DEVICE: ein Gerätename oder eine Geräte-ID):
  bmc power status|on|off|cycle|reset|soft-off DEVICE [--json]
                                 der Stromzustand eines Geräts oder eine Stromaktion
  bmc inventory DEVICE [--json]  CPUs, Arbeitsspeicher, NICs, Laufwerke, Modell und Seriennummer
  bmc pxe DEVICE                 einmalig vom Netzwerk starten, beim nächsten Start
  bmc accept-cert DEVICE [SHA256] [--yes]
                                 den Zertifikats-Fingerabdruck des Redfish-BMC anzeigen; ihn
                                 hinterlegen, wenn SHA256 übereinstimmt, oder mit --yes
  snmp poll DEVICE [--json]      die Schnittstellen des Geräts mit Status, Geschwindigkeit
                                 und Zählern
  snmp set-admin DEVICE PORT up|down
                                 einen Switch-Port administrativ auf up oder down setzen
  worker --poll                  alle SNMP-Geräte alle 5 Minuten abfragen und Messwerte zu
                                 Datenverkehr und Strom speichern, bis SIGTERM oder SIGINT
  cable trace DEVICE:PORT|PORTID [--json]
                                 das Kabel eines Ports über Patchpanels bis zu seiner
                                 Gegenstelle verfolgen

Direkte Ziele statt DEVICE (Passwörter nur aus Umgebungsvariablen):
  --redfish https://HOST[:PORT] --user U --password-env VAR [--cert-sha256 HEX]
  --ipmi HOST[:PORT] --user U --password-env VAR [--cipher-suite N] [--workaround NAME]...
  --snmp HOST[:PORT] --community C
  --snmp HOST[:PORT] --v3-user U [--auth-proto SHA|SHA-256|MD5] --auth-password-env VAR
         [--priv-proto AES|DES] --priv-password-env VAR [--v3-context NAME]
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>No SNMP agent answered in this sweep (%n tried).</source>
        <translation>
            <numerusform>In diesem Durchlauf hat kein SNMP-Agent geantwortet (%n versucht).</numerusform>
            <numerusform>In diesem Durchlauf hat kein SNMP-Agent geantwortet (%n versucht).</numerusform>
        </translation>
    </message>
    <message>
        <source>The IPMI session to %1 opened only with the %2 workaround</source>
        <translation>Die IPMI-Sitzung zu %1 ließ sich nur mit dem Workaround %2 öffnen</translation>
    </message>
    <message>
        <source>; remembered for %1.</source>
        <translation>; für %1 gespeichert.</translation>
    </message>
    <message>
        <source>; it could not be remembered: %1</source>
        <translation>; er konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>; give --workaround %1 to skip the first attempt.</source>
        <translation>; mit --workaround %1 entfällt der erste Versuch.</translation>
    </message>
    <message>
        <source>Not available from the BMC: %1</source>
        <translation>Vom BMC nicht erhältlich: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 applies to --redfish only.</source>
        <translation>%1 gilt nur für --redfish.</translation>
    </message>
    <message>
        <source>--system names a Redfish ComputerSystem; %1&apos;s BMC speaks IPMI.</source>
        <translation>--system benennt ein Redfish-ComputerSystem; der BMC von %1 spricht IPMI.</translation>
    </message>
    <message>
        <source>--system needs the Id of a Redfish ComputerSystem, e.g. Blade2.</source>
        <translation>--system braucht die Id eines Redfish-ComputerSystems, z. B. Blade2.</translation>
    </message>
</context>
<context>
    <name>PduOidMap</name>
    <message>
        <source>PDU model %1: %2 has no valid numeric &quot;oid&quot;</source>
        <translation>PDU-Modell %1: %2 hat keine gültige numerische „oid“</translation>
    </message>
    <message>
        <source>PDU model %1: %2 has an invalid &quot;suffix&quot;</source>
        <translation>PDU-Modell %1: %2 hat ein ungültiges „suffix“</translation>
    </message>
    <message>
        <source>PDU model %1: %2 has a &quot;scale&quot; that is not positive</source>
        <translation>PDU-Modell %1: %2 hat einen nicht positiven Wert für „scale“</translation>
    </message>
    <message>
        <source>The PDU OID map is not a JSON object</source>
        <translation>Die PDU-OID-Tabelle ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The PDU OID map has an unknown format (expected &quot;format&quot;: 1)</source>
        <translation>Die PDU-OID-Tabelle hat ein unbekanntes Format (erwartet: &quot;format&quot;: 1)</translation>
    </message>
    <message>
        <source>The PDU OID map has no models</source>
        <translation>Die PDU-OID-Tabelle enthält keine Modelle</translation>
    </message>
    <message>
        <source>The built-in PDU OID map :/snmp/pdu-oids.json is missing</source>
        <translation>Die eingebaute PDU-OID-Tabelle :/snmp/pdu-oids.json fehlt</translation>
    </message>
    <message>
        <source>Unknown PDU model &quot;%1&quot;; the OID map knows: %2</source>
        <translation>Unbekanntes PDU-Modell „%1“; die OID-Tabelle kennt: %2</translation>
    </message>
</context>
<context>
    <name>PollSweeper</name>
    <message>
        <source>interface &quot;%1&quot; (ifIndex %2) left out: a port of that name has another ifIndex (renumbered by the agent?)</source>
        <translation>Schnittstelle „%1“ (ifIndex %2) ausgelassen: Ein Port mit diesem Namen hat einen anderen ifIndex (vom Agenten neu nummeriert?)</translation>
    </message>
    <message>
        <source>%1 devices polled, %2 failed; %3 ports (%4 new), %5 traffic samples, %6 power samples, %7 baselines; %8 s</source>
        <translation>%1 Geräte abgefragt, %2 fehlgeschlagen; %3 Ports (%4 neu), %5 Messwerte zum Datenverkehr, %6 Strommesswerte, %7 Basiswerte; %8 s</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the poller returned no result for this device</source>
        <translation>die SNMP-Abfrage hat für dieses Gerät kein Ergebnis geliefert</translation>
    </message>
    <message>
        <source>an interface without a valid ifIndex (%1) left out</source>
        <translation>eine Schnittstelle ohne gültigen ifIndex (%1) ausgelassen</translation>
    </message>
    <message>
        <source>an outlet without a valid number (%1) left out</source>
        <translation>eine Steckdose ohne gültige Nummer (%1) ausgelassen</translation>
    </message>
    <message>
        <source>outlet %1 left out: port &quot;%2&quot; is not a power outlet</source>
        <translation>Steckdose %1 ausgelassen: Port „%2“ ist keine Steckdose</translation>
    </message>
    <message>
        <source>outlet %1 left out: %2 W is not a plausible reading</source>
        <translation>Steckdose %1 ausgelassen: %2 W ist kein plausibler Messwert</translation>
    </message>
    <message>
        <source>storing the poll failed: %1</source>
        <translation>das Speichern der Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>There is no port with id %1.</source>
        <translation>Es gibt keinen Port mit der ID %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed (each device&apos;s last error is kept with its SNMP settings)</source>
        <translation>
            <numerusform>%n weiteres fehlgeschlagen (der letzte Fehler jedes Geräts steht bei seinen SNMP-Einstellungen)</numerusform>
            <numerusform>%n weitere fehlgeschlagen (der letzte Fehler jedes Geräts steht bei seinen SNMP-Einstellungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo device(s) not contacted</source>
        <translation>
            <numerusform>%n Demo-Gerät nicht kontaktiert</numerusform>
            <numerusform>%n Demo-Geräte nicht kontaktiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortAdmin</name>
    <message>
        <source>Device %1 has no port &quot;%2&quot; (a port name or ifIndex).</source>
        <translation>Gerät %1 hat keinen Port „%2“ (ein Portname oder ifIndex).</translation>
    </message>
    <message>
        <source>Port %1 of %2 has no ifIndex yet; the SNMP worker records it on its next sweep (hostdeck worker --poll).</source>
        <translation>Port %1 von %2 hat noch keinen ifIndex; der SNMP-Worker erfasst ihn bei seinem nächsten Durchlauf (hostdeck worker --poll).</translation>
    </message>
    <message>
        <source>The switch set %1 of %2 %3, but recording it in the database failed: %4</source>
        <translation>Der Switch hat %1 von %2 auf %3 gesetzt, aber das Speichern in der Datenbank ist fehlgeschlagen: %4</translation>
    </message>
</context>
<context>
    <name>PowerBudget</name>
    <message>
        <source>%1 / %2 kW (%3)</source>
        <translation>%1 / %2 kW (%3)</translation>
    </message>
</context>
<context>
    <name>PowerDnsClient</name>
    <message>
        <source>PowerDNS could not be reached: %1</source>
        <translation>PowerDNS ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>PowerDNS rejected the API key (HTTP 401) while %1.</source>
        <translation>PowerDNS hat beim %1 den API-Schlüssel abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>PowerDNS answered HTTP %1 while %2: %3</source>
        <translation>PowerDNS antwortete beim %2 mit HTTP %1: %3</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>kein Fehlertext</translation>
    </message>
    <message>
        <source>looking up zone %1</source>
        <translation>Abfragen der Zone %1</translation>
    </message>
    <message>
        <source>creating zone %1</source>
        <translation>Anlegen der Zone %1</translation>
    </message>
    <message>
        <source>deleting the PTR of %1</source>
        <translation>Löschen des PTR von %1</translation>
    </message>
    <message>
        <source>setting the PTR of %1</source>
        <translation>Setzen des PTR von %1</translation>
    </message>
</context>
<context>
    <name>RackElevationScene</name>
    <message>
        <source>%1: %2 U, %3</source>
        <translation>%1: %2 HE, %3</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 HE</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>U %1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation>HE %1–%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;Serial: %4&lt;br&gt;Asset tag: %5&lt;br&gt;Warranty until: %6&lt;br&gt;Disposition: %7&lt;br&gt;Customer: %8&lt;br&gt;%9, %10, %11 W</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;Seriennummer: %4&lt;br&gt;Inventarnummer: %5&lt;br&gt;Garantie bis: %6&lt;br&gt;Status: %7&lt;br&gt;Kunde: %8&lt;br&gt;%9, %10, %11 W</translation>
    </message>
    <message>
        <source>full depth</source>
        <translation>volle Tiefe</translation>
    </message>
    <message>
        <source>half depth</source>
        <translation>halbe Tiefe</translation>
    </message>
</context>
<context>
    <name>RackPlacement</name>
    <message>
        <source>front</source>
        <translation>vorn</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>The target is not in rack %1.</source>
        <translation>Das Ziel liegt nicht in Rack %1.</translation>
    </message>
    <message>
        <source>U positions start at 1.</source>
        <translation>Höheneinheiten beginnen bei 1.</translation>
    </message>
    <message>
        <source>The last U lies below the first U.</source>
        <translation>Die letzte Höheneinheit liegt unter der ersten.</translation>
    </message>
    <message>
        <source>%1 needs U %2–%3, but rack %4 has only %5 U.</source>
        <translation>%1 braucht HE %2–%3, aber Rack %4 hat nur %5 HE.</translation>
    </message>
    <message>
        <source>%1 is a 0U device and mounts in a side channel.</source>
        <translation>%1 ist ein 0-HE-Gerät und wird im Seitenkanal montiert.</translation>
    </message>
    <message>
        <source>%1 is %2 U tall and cannot mount in a side channel.</source>
        <translation>%1 ist %2 HE hoch und kann nicht im Seitenkanal montiert werden.</translation>
    </message>
    <message>
        <source>%1 is %2 U tall.</source>
        <translation>%1 ist %2 HE hoch.</translation>
    </message>
    <message>
        <source>%1 is full-width and cannot sit in half a U.</source>
        <translation>%1 hat volle Breite und passt nicht in eine halbe Höheneinheit.</translation>
    </message>
    <message>
        <source>Side channels hold full-width devices only.</source>
        <translation>Seitenkanäle nehmen nur Geräte mit voller Breite auf.</translation>
    </message>
    <message>
        <source>U %1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation>HE %1–%2</translation>
    </message>
    <message>
        <source>both faces</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>Occupied by %1 (%2, %3).</source>
        <translation>Belegt durch %1 (%2, %3).</translation>
    </message>
</context>
<context>
    <name>RdnsPublisher</name>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>Der Hostname „%1“ ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; has an empty label; labels are separated by single dots.</source>
        <translation>Der Hostname „%1“ hat ein leeres Label; Labels werden durch einzelne Punkte getrennt.</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; in &quot;%2&quot; is %3 characters long; at most %4 are allowed.</source>
        <translation>Das Label „%1“ in „%2“ ist %3 Zeichen lang; höchstens %4 sind erlaubt.</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; in &quot;%2&quot; contains &quot;%3&quot;; only letters, digits and hyphens are allowed in a host name.</source>
        <translation>Das Label „%1“ in „%2“ enthält „%3“; in einem Hostnamen sind nur Buchstaben, Ziffern und Bindestriche erlaubt.</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; in &quot;%2&quot; starts or ends with a hyphen.</source>
        <translation>Das Label „%1“ in „%2“ beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>Only an administrator may use the credentials of rDNS provider &quot;%1&quot;; ask one to change this name.</source>
        <translation>Nur ein Administrator darf die Zugangsdaten des rDNS-Anbieters „%1“ verwenden; bitten Sie einen Administrator, diesen Namen zu ändern.</translation>
    </message>
    <message>
        <source>%1 is not a recorded IP address; add it to the address plan before setting its reverse DNS.</source>
        <translation>%1 ist keine erfasste IP-Adresse; nehmen Sie sie in den Adressplan auf, bevor Sie ihren Reverse-DNS-Namen setzen.</translation>
    </message>
    <message>
        <source>No driver is available for rDNS provider %1.</source>
        <translation>Für den rDNS-Anbieter %1 ist kein Treiber verfügbar.</translation>
    </message>
    <message>
        <source>rDNS provider %1 refused the change for %2: %3</source>
        <translation>Der rDNS-Anbieter %1 hat die Änderung für %2 abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>RedfishClient</name>
    <message>
        <source>The BMC at %1 could not be reached while %2: %3</source>
        <translation>Der BMC unter %1 war beim %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The BMC at %1 refused the credentials of user %2 (HTTP 401) while %3: %4</source>
        <translation>Der BMC unter %1 hat beim %3 die Anmeldedaten des Benutzers %2 abgelehnt (HTTP 401): %4</translation>
    </message>
    <message>
        <source>The BMC at %1 answered HTTP %2 while %3: %4</source>
        <translation>Der BMC unter %1 antwortete beim %3 mit HTTP %2: %4</translation>
    </message>
    <message>
        <source>The BMC at %1 sent no JSON object while %2</source>
        <translation>Der BMC unter %1 hat beim %2 kein JSON-Objekt gesendet</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <source>The BMC address &quot;%1&quot; is not a valid URL</source>
        <translation>Die BMC-Adresse „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>reading the Redfish service root</source>
        <translation>Lesen des Redfish-Service-Roots</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The BMC at %1 opened a session without an X-Auth-Token</source>
        <translation>Der BMC unter %1 hat eine Sitzung ohne X-Auth-Token geöffnet</translation>
    </message>
    <message>
        <source>logging out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Not logged in to the BMC at %1</source>
        <translation>Nicht am BMC unter %1 angemeldet</translation>
    </message>
    <message>
        <source>The BMC at %1 lists no computer system</source>
        <translation>Der BMC unter %1 führt kein Computersystem auf</translation>
    </message>
    <message>
        <source>reading the power state of %1</source>
        <translation>Lesen des Stromzustands von %1</translation>
    </message>
    <message>
        <source>The BMC at %1 reports no PowerState for %2</source>
        <translation>Der BMC unter %1 meldet keinen PowerState für %2</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>The BMC at %1 offers no ComputerSystem.Reset action for %2</source>
        <translation>Der BMC unter %1 bietet für %2 keine Aktion ComputerSystem.Reset an</translation>
    </message>
    <message>
        <source>reading the reset options of %1</source>
        <translation>Lesen der Reset-Optionen von %1</translation>
    </message>
    <message>
        <source>No reset type given</source>
        <translation>Kein Reset-Typ angegeben</translation>
    </message>
    <message>
        <source>The BMC at %1 does not allow the reset type &quot;%2&quot; for %3; allowed: %4</source>
        <translation>Der BMC unter %1 erlaubt für %3 den Reset-Typ „%2“ nicht; erlaubt: %4</translation>
    </message>
    <message>
        <source>resetting %1 with %2</source>
        <translation>Zurücksetzen von %1 mit %2</translation>
    </message>
    <message>
        <source>The BMC at %1 presents a TLS certificate that has not been accepted yet (SHA-256 %2); nothing was sent. Compare the fingerprint and accept it.</source>
        <translation>Der BMC unter %1 präsentiert ein TLS-Zertifikat, das noch nicht akzeptiert wurde (SHA-256 %2); es wurde nichts gesendet. Vergleichen Sie den Fingerabdruck und akzeptieren Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>The BMC at %1 presents a different TLS certificate than the accepted one: SHA-256 %2 instead of %3; nothing was sent. Accept the new certificate only if the change is expected.</source>
        <translation>Der BMC unter %1 präsentiert ein anderes TLS-Zertifikat als das akzeptierte: SHA-256 %2 statt %3; es wurde nichts gesendet. Akzeptieren Sie das neue Zertifikat nur, wenn die Änderung erwartet ist.</translation>
    </message>
    <message>
        <source>The BMC at %1 did not answer within %2 s while %3</source>
        <translation>Der BMC unter %1 hat beim %3 nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>The BMC at %1 closed the connection without answering while %2</source>
        <translation>Der BMC unter %1 hat beim %2 die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The BMC at %1 kept changing %2 while %3</source>
        <translation>Der BMC unter %1 hat %2 beim %3 ständig geändert</translation>
    </message>
    <message>
        <source>setting a one-time boot from %1 on %2</source>
        <translation>Einrichten eines einmaligen Boots von %1 auf %2</translation>
    </message>
    <message>
        <source>The BMC at %1 does not offer the boot source &quot;%2&quot; for %3; it offers: %4</source>
        <translation>Der BMC unter %1 bietet für %3 die Bootquelle „%2“ nicht an; er bietet an: %4</translation>
    </message>
    <message>
        <source>looking for virtual media</source>
        <translation>Suchen nach virtuellen Medien</translation>
    </message>
    <message>
        <source>inserting %1 into %2</source>
        <translation>Einlegen von %1 in %2</translation>
    </message>
    <message>
        <source>The BMC at %1 offers no IsoConfig.Mount action at %2</source>
        <translation>Der BMC unter %1 bietet unter %2 keine Aktion IsoConfig.Mount an</translation>
    </message>
    <message>
        <source>ejecting the virtual media in %1</source>
        <translation>Auswerfen des virtuellen Mediums in %1</translation>
    </message>
    <message>
        <source>The BMC at %1 offers no eject action for %2</source>
        <translation>Der BMC unter %1 bietet für %2 keine Aktion zum Auswerfen an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image URL the BMC can fetch (http://, https://, nfs://, smb://...)</source>
        <translation>„%1“ ist keine Image-URL, die der BMC abrufen kann (http://, https://, nfs://, smb://...)</translation>
    </message>
    <message>
        <source>The BMC at %1 has no virtual CD/DVD drive</source>
        <translation>Der BMC unter %1 hat kein virtuelles CD/DVD-Laufwerk</translation>
    </message>
    <message>
        <source>setting %1 to boot on the next reset</source>
        <translation>Einstellen von %1 auf Booten beim nächsten Reset</translation>
    </message>
    <message>
        <source>reading the inventory of %1</source>
        <translation>Lesen des Inventars von %1</translation>
    </message>
    <message>
        <source>reading the sensors of %1</source>
        <translation>Lesen der Sensoren von %1</translation>
    </message>
    <message>
        <source>The BMC at %1 redirected %2 to another host (%3) while %4; HTTPS requests go only to the pinned BMC, so it was not followed.</source>
        <translation>Der BMC unter %1 leitete %2 an einen anderen Host (%3) weiter, während %4; HTTPS-Anfragen gehen nur an den angehefteten BMC, daher wurde die Weiterleitung nicht befolgt.</translation>
    </message>
    <message>
        <source>The Redfish service at %1 serves %2 systems: %3. Name the one this device is (its Id) in the device&apos;s BMC settings, or give --system ID.</source>
        <translation>Der Redfish-Dienst unter %1 bedient %2 Systeme: %3. Geben Sie in den BMC-Einstellungen des Geräts an, welches es ist (seine Id), oder nutzen Sie --system ID.</translation>
    </message>
    <message>
        <source>The BMC at %1 has no system &quot;%2&quot;; it serves: %3</source>
        <translation>Der BMC unter %1 hat kein System „%2“; er bedient: %3</translation>
    </message>
    <message>
        <source>listing the systems</source>
        <translation>beim Auflisten der Systeme</translation>
    </message>
</context>
<context>
    <name>RedfishSession</name>
    <message>
        <source>The BMC at %1 cannot do that: %2</source>
        <translation>Der BMC unter %1 kann das nicht: %2</translation>
    </message>
    <message>
        <source>no reset type allowed by the BMC fits the power action &quot;%1&quot; (it needs %2; the BMC allows %3)</source>
        <translation>kein vom BMC erlaubter Reset-Typ passt zur Stromaktion „%1“ (sie braucht %2; der BMC erlaubt %3)</translation>
    </message>
    <message>
        <source>%1 is not a Redfish BMC</source>
        <translation>%1 ist kein Redfish-BMC</translation>
    </message>
    <message>
        <source>%1 is not a Redfish BMC; only Redfish BMCs present a certificate</source>
        <translation>%1 ist kein Redfish-BMC; nur Redfish-BMCs präsentieren ein Zertifikat</translation>
    </message>
    <message>
        <source>The BMC address &quot;%1&quot; is not an https URL; only TLS has a certificate</source>
        <translation>Die BMC-Adresse „%1“ ist keine https-URL; nur TLS hat ein Zertifikat</translation>
    </message>
    <message>
        <source>Could not read the certificate of the BMC at %1: %2</source>
        <translation>Das Zertifikat des BMC unter %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SnmpPoller</name>
    <message>
        <source>SNMP %1 of %2: %3</source>
        <translation>SNMP-%1 bei %2: %3</translation>
    </message>
    <message>
        <source>the agent returned %1 for %2 (%3), expected %4</source>
        <translation>der Agent lieferte %1 für %2 (%3), erwartet war %4</translation>
    </message>
    <message>
        <source>%1 (%2) is %3 bytes long; at most %4 are allowed</source>
        <translation>%1 (%2) ist %3 Bytes lang; höchstens %4 sind erlaubt</translation>
    </message>
    <message>
        <source>unexpected row index in %1: %2 (ifIndex is one number from 1 to 2147483647)</source>
        <translation>unerwarteter Zeilenindex in %1: %2 (ifIndex ist eine Zahl von 1 bis 2147483647)</translation>
    </message>
    <message>
        <source>unexpected outlet index in %1: %2</source>
        <translation>unerwarteter Steckdosenindex in %1: %2</translation>
    </message>
    <message>
        <source>the agent did not return sysUpTime.0</source>
        <translation>der Agent hat sysUpTime.0 nicht geliefert</translation>
    </message>
    <message>
        <source>the agent has no outlets under %1; is the PDU model right?</source>
        <translation>der Agent hat unter %1 keine Steckdosen; stimmt das PDU-Modell?</translation>
    </message>
    <message>
        <source>the agent answered the GETBULK with an error: %1 (index %2)</source>
        <translation>der Agent hat den GETBULK mit einem Fehler beantwortet: %1 (Index %2)</translation>
    </message>
    <message>
        <source>the agent answered with %1 values where at most %2 were asked for</source>
        <translation>der Agent antwortete mit %1 Werten, obwohl höchstens %2 angefragt waren</translation>
    </message>
    <message>
        <source>the agent answered without any values</source>
        <translation>der Agent antwortete ohne Werte</translation>
    </message>
    <message>
        <source>the agent did not return sysUpTime.0 (got %1, %2)</source>
        <translation>der Agent hat sysUpTime.0 nicht geliefert (erhalten: %1, %2)</translation>
    </message>
    <message>
        <source>the agent returned %1 for sysUpTime.0, expected TimeTicks</source>
        <translation>der Agent lieferte %1 für sysUpTime.0, erwartet war TimeTicks</translation>
    </message>
    <message>
        <source>OID not increasing in %1: %2 after %3</source>
        <translation>OID nicht aufsteigend in %1: %2 nach %3</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; the walk was stopped</source>
        <translation>%1 hat mehr als %2 Zeilen; der Walk wurde abgebrochen</translation>
    </message>
    <message>
        <source>the agent answered without any of the requested columns</source>
        <translation>der Agent antwortete ohne eine der angefragten Spalten</translation>
    </message>
    <message>
        <source>the agent refused: %1</source>
        <translation>der Agent hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>reading ifAdminStatus back failed: %1</source>
        <translation>das Zurücklesen von ifAdminStatus ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading ifAdminStatus back returned %1, expected INTEGER</source>
        <translation>das Zurücklesen von ifAdminStatus lieferte %1, erwartet war INTEGER</translation>
    </message>
    <message>
        <source>ifAdminStatus.%1 reads %2 after it was set to %3</source>
        <translation>ifAdminStatus.%1 zeigt %2, nachdem es auf %3 gesetzt wurde</translation>
    </message>
    <message>
        <source>the agent reported: %1</source>
        <translation>der Agent meldete: %1</translation>
    </message>
    <message>
        <source>no answer within %1 ms (%2 tries); check the address, port, community or v3 credentials</source>
        <translation>keine Antwort innerhalb von %1 ms (%2 Versuche); prüfen Sie Adresse, Port, Community oder v3-Zugangsdaten</translation>
    </message>
    <message>
        <source>SNMPv3 authentication or decryption failed: the agent reported a security error (wrong user, password or protocol?)</source>
        <translation>SNMPv3-Authentifizierung oder -Entschlüsselung fehlgeschlagen: Der Agent meldete einen Sicherheitsfehler (falscher Benutzer, falsches Passwort oder Protokoll?)</translation>
    </message>
    <message>
        <source>sending the request failed</source>
        <translation>das Senden der Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the SNMPv3 %1 password must have at least 8 characters</source>
        <translation>das SNMPv3-Passwort für %1 muss mindestens 8 Zeichen haben</translation>
    </message>
    <message>
        <source>could not derive the SNMPv3 %1 key</source>
        <translation>der SNMPv3-Schlüssel für %1 konnte nicht abgeleitet werden</translation>
    </message>
    <message>
        <source>no host given</source>
        <translation>kein Host angegeben</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>timeout, retries, max-repetitions and the row bound must be positive</source>
        <translation>Timeout, Wiederholungen, max-repetitions und die Zeilengrenze müssen positiv sein</translation>
    </message>
    <message>
        <source>no SNMPv3 user given</source>
        <translation>kein SNMPv3-Benutzer angegeben</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>SNMPv3 privacy needs authentication</source>
        <translation>SNMPv3-Verschlüsselung (Privacy) setzt Authentifizierung voraus</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>could not open a session</source>
        <translation>es konnte keine Sitzung geöffnet werden</translation>
    </message>
    <message>
        <source>sending the SNMPv3 engine-ID probe failed</source>
        <translation>das Senden der Anfrage zur SNMPv3-Engine-ID-Ermittlung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>could not resolve the host</source>
        <translation>der Host konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>could not open a socket for the SNMPv3 engine-ID probe</source>
        <translation>für die SNMPv3-Engine-ID-Ermittlung konnte kein Socket geöffnet werden</translation>
    </message>
    <message>
        <source>no answer within %1 ms (%2 tries) to the SNMPv3 engine-ID probe; check the address and port</source>
        <translation>keine Antwort innerhalb von %1 ms (%2 Versuche) auf die SNMPv3-Engine-ID-Ermittlung; prüfen Sie Adresse und Port</translation>
    </message>
    <message>
        <source>gave up after %1 s (the bound for one agent)</source>
        <translation>nach %1 s aufgegeben (die Zeitgrenze für einen Agenten)</translation>
    </message>
    <message>
        <source>poll</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>outlet names (%1)</source>
        <translation>Steckdosennamen (%1)</translation>
    </message>
    <message>
        <source>outlet power (%1)</source>
        <translation>Steckdosenleistung (%1)</translation>
    </message>
    <message>
        <source>set ifAdminStatus.%1 %2</source>
        <translation>Set ifAdminStatus.%1 %2</translation>
    </message>
    <message>
        <source>ifIndex %1 is not valid (it starts at 1)</source>
        <translation>ifIndex %1 ist ungültig (er beginnt bei 1)</translation>
    </message>
</context>
<context>
    <name>SnmpSettingsRepository</name>
    <message>
        <source>There is no device with id %1.</source>
        <translation>Es gibt kein Gerät mit der ID %1.</translation>
    </message>
    <message>
        <source>Device &quot;%1&quot; has no SNMP settings.</source>
        <translation>Gerät „%1“ hat keine SNMP-Einstellungen.</translation>
    </message>
    <message>
        <source>Your role may not read SNMP credentials, so the SNMP agent of %1 cannot be reached from here. Ask for the NOC role (hostdeck_noc).</source>
        <translation>Ihre Rolle darf keine SNMP-Zugangsdaten lesen, daher ist der SNMP-Agent von %1 von hier aus nicht erreichbar. Fragen Sie nach der NOC-Rolle (hostdeck_noc).</translation>
    </message>
    <message>
        <source>Your role may not read SNMP credentials; that needs the NOC role (hostdeck_noc).</source>
        <translation>Ihre Rolle darf keine SNMP-Zugangsdaten lesen; dafür ist die NOC-Rolle (hostdeck_noc) nötig.</translation>
    </message>
    <message>
        <source>Your role may not read SNMP credentials, so it cannot poll SNMP agents. The poller needs the NOC role (hostdeck_noc).</source>
        <translation>Ihre Rolle darf keine SNMP-Zugangsdaten lesen und kann daher keine SNMP-Agenten abfragen. Die SNMP-Abfrage braucht die NOC-Rolle (hostdeck_noc).</translation>
    </message>
    <message>
        <source>An SNMP agent needs an address.</source>
        <translation>Ein SNMP-Agent braucht eine Adresse.</translation>
    </message>
    <message>
        <source>The SNMP port %1 is not between 1 and 65535.</source>
        <translation>Der SNMP-Port %1 liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>SNMP v2c needs a community.</source>
        <translation>SNMP v2c braucht eine Community.</translation>
    </message>
    <message>
        <source>SNMP v3 needs a user name.</source>
        <translation>SNMP v3 braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Your role may not change SNMP settings; that needs the NOC role (hostdeck_noc).</source>
        <translation>Ihre Rolle darf keine SNMP-Einstellungen ändern; dafür ist die NOC-Rolle (hostdeck_noc) nötig.</translation>
    </message>
</context>
<context>
    <name>SnmpTarget</name>
    <message>
        <source>Demo device: there is no SNMP agent to talk to (%1 belongs to the demo&apos;s made-up site, so HostDeck does not contact it).</source>
        <translation>Demo-Gerät: Es gibt keinen SNMP-Agenten, mit dem gesprochen werden könnte (%1 gehört zum erfundenen Standort der Demo, daher kontaktiert HostDeck ihn nicht).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server on the unix socket in %1 (port %2), database &quot;%3&quot;: %4</source>
        <translation>Keine Verbindung zum PostgreSQL-Server über den Unix-Socket in %1 (Port %2), Datenbank „%3“: %4</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1, port %2, database &quot;%3&quot;: %4</source>
        <translation>Keine Verbindung zum PostgreSQL-Server auf %1, Port %2, Datenbank „%3“: %4</translation>
    </message>
</context>
<context>
    <name>SubnetAllocator</name>
    <message>
        <source>The address plan is busy: another console held its lock too long. Try again.</source>
        <translation>Der Adressplan ist belegt: Eine andere Konsole hielt ihre Sperre zu lange. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no subnet %1.</source>
        <translation>Es gibt kein Subnetz %1.</translation>
    </message>
    <message>
        <source>The pool %1 is not an %2 network.</source>
        <translation>Der Pool %1 ist kein %2-Netz.</translation>
    </message>
    <message>
        <source>The pool subnet %1 does not exist.</source>
        <translation>Das Pool-Subnetz %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation>Es gibt kein Gerät mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no location with id %1.</source>
        <translation>Es gibt keinen Standort mit der ID %1.</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation>VLAN %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>No free /%1 is left in the %2 pools%3: every block is allocated, parked, holds addresses or is not open to automatic allocation.</source>
        <translation>In den %2-Pools%3 ist kein freies /%1 mehr übrig: Jeder Block ist zugewiesen, geparkt, enthält Adressen oder ist nicht für die automatische Zuweisung freigegeben.</translation>
    </message>
    <message>
        <source>The address family must be 4 or 6, not %1.</source>
        <translation>Die Adressfamilie muss 4 oder 6 sein, nicht %1.</translation>
    </message>
    <message>
        <source>The number of addresses must be between 1 and 9999, not %1.</source>
        <translation>Die Anzahl der Adressen muss zwischen 1 und 9999 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is %2, not allocated; there is nothing to release.</source>
        <translation>%1 ist %2, nicht zugewiesen; es gibt nichts freizugeben.</translation>
    </message>
    <message>
        <source>%1 still holds %2 IP address records; release them first.</source>
        <translation>%1 enthält noch %2 IP-Adress-Einträge; geben Sie diese zuerst frei.</translation>
    </message>
    <message>
        <source>%1 is a network, not a single address.</source>
        <translation>%1 ist ein Netz, keine einzelne Adresse.</translation>
    </message>
    <message>
        <source>The address %1 is not allocated.</source>
        <translation>Die Adresse %1 ist nicht zugewiesen.</translation>
    </message>
    <message>
        <source>No subnet given.</source>
        <translation>Kein Subnetz angegeben.</translation>
    </message>
    <message>
        <source>The subnet %1 already exists.</source>
        <translation>Das Subnetz %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 would contain existing subnets of %2; split or merge %2 instead.</source>
        <translation>%1 würde vorhandene Subnetze von %2 enthalten; teilen oder verbinden Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>%1 lies inside %2, which is allocated; release it first.</source>
        <translation>%1 liegt in %2, das zugewiesen ist; geben Sie es zuerst frei.</translation>
    </message>
    <message>
        <source>%1 lies inside %2, which holds IP addresses and cannot be split.</source>
        <translation>%1 liegt in %2, das IP-Adressen enthält und nicht geteilt werden kann.</translation>
    </message>
    <message>
        <source>%1 is already subdivided.</source>
        <translation>%1 ist bereits unterteilt.</translation>
    </message>
    <message>
        <source>%1 is allocated; release it before splitting it.</source>
        <translation>%1 ist zugewiesen; geben Sie es vor dem Teilen frei.</translation>
    </message>
    <message>
        <source>%1 holds %2 IP address records and cannot be split.</source>
        <translation>%1 enthält %2 IP-Adress-Einträge und kann nicht geteilt werden.</translation>
    </message>
    <message>
        <source>%1 is a top-level pool and has no sibling to merge with.</source>
        <translation>%1 ist ein Pool der obersten Ebene und hat kein Geschwister zum Zusammenführen.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its other half %2 is not a sibling subnet of the same size.</source>
        <translation>%1 kann nicht zusammengeführt werden: Seine andere Hälfte %2 ist kein gleich großes Geschwister-Subnetz.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2 is %3.</source>
        <translation>%1 kann nicht zusammengeführt werden: %2 ist %3.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2 is parked.</source>
        <translation>%1 kann nicht zusammengeführt werden: %2 ist geparkt.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2 holds IP address records.</source>
        <translation>%1 kann nicht zusammengeführt werden: %2 enthält IP-Adress-Einträge.</translation>
    </message>
    <message>
        <source>The address %1 is not parked.</source>
        <translation>Die Adresse %1 ist nicht geparkt.</translation>
    </message>
    <message>
        <source>The address %1 lies in no known subnet.</source>
        <translation>Die Adresse %1 liegt in keinem bekannten Subnetz.</translation>
    </message>
    <message>
        <source>%1 is subdivided; assign one of its subnets instead.</source>
        <translation>%1 ist unterteilt; weisen Sie stattdessen eines seiner Subnetze zu.</translation>
    </message>
    <message>
        <source>%1 is already allocated to another customer; release it first.</source>
        <translation>%1 ist bereits einem anderen Kunden zugewiesen; geben Sie es zuerst frei.</translation>
    </message>
    <message>
        <source>%1 is not assigned to anyone.</source>
        <translation>%1 ist niemandem zugewiesen.</translation>
    </message>
    <message>
        <source>%1 is subdivided; only an empty leaf can be deleted.</source>
        <translation>%1 ist unterteilt; nur ein leeres Blatt kann gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 is allocated; release it before deleting it.</source>
        <translation>%1 ist zugewiesen; geben Sie es vor dem Löschen frei.</translation>
    </message>
    <message>
        <source>%1 is part of a larger subnet; merge it with its sibling instead of deleting it.</source>
        <translation>%1 ist Teil eines größeren Subnetzes; führen Sie es mit seinem Geschwister zusammen, statt es zu löschen.</translation>
    </message>
    <message>
        <source>%1 holds %2 IP address records; release them first.</source>
        <translation>%1 enthält %2 IP-Adress-Einträge; geben Sie diese zuerst frei.</translation>
    </message>
    <message>
        <source>There is no service with id %1.</source>
        <translation>Es gibt keinen Dienst mit der ID %1.</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; has an invalid IPAM configuration: %2</source>
        <translation>Das Produkt „%1“ hat eine ungültige IPAM-Konfiguration: %2</translation>
    </message>
    <message>
        <source>Only %1 of %2 %3 addresses could be found in the pools%4: the matching address subnets (IPv4 /16 or longer, IPv6 /64 or longer) are full, parked or not open to automatic allocation.</source>
        <translation>Nur %1 von %2 %3-Adressen wurden in den Pools%4 gefunden: Die passenden Adress-Subnetze (IPv4 /16 oder länger, IPv6 /64 oder länger) sind voll, geparkt oder nicht für die automatische Zuteilung freigegeben.</translation>
    </message>
    <message>
        <source>The database answered an allocation in a form HostDeck does not know: %1</source>
        <translation>Die Datenbank hat eine Zuteilung in einer Form beantwortet, die HostDeck nicht kennt: %1</translation>
    </message>
    <message>
        <source>The database refused the allocation: %1</source>
        <translation>Die Datenbank hat die Zuteilung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The address plan is busy: the subnets around %1 kept changing. Try again.</source>
        <translation>Der Adressplan ist ausgelastet: Die Subnetze um %1 haben sich ständig geändert. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>TrafficRepository</name>
    <message>
        <source>Device %1 has no ports and is no network device, or it no longer exists.</source>
        <translation>Gerät %1 hat keine Ports und ist kein Netzwerkgerät, oder es existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>hostdeck::BmcPanel</name>
    <message>
        <source>power on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>power off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>power cycle</source>
        <translation>Aus- und Einschalten</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>Neustart erzwingen</translation>
    </message>
    <message>
        <source>shut down (soft off)</source>
        <translation>Herunterfahren (Soft-Off)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Powering on</source>
        <translation>Wird eingeschaltet</translation>
    </message>
    <message>
        <source>Powering off</source>
        <translation>Wird ausgeschaltet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No device selected.</source>
        <translation>Kein Gerät ausgewählt.</translation>
    </message>
    <message>
        <source>BMC:</source>
        <translation>BMC:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Pinned at:</source>
        <translation>Hinterlegt am:</translation>
    </message>
    <message>
        <source>Accept certificate…</source>
        <translation>Zertifikat akzeptieren…</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Strom:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>O&amp;n</source>
        <translation>&amp;Ein</translation>
    </message>
    <message>
        <source>O&amp;ff</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>&amp;Cycle</source>
        <translation>Aus- und Ein&amp;schalten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Neustart erzwingen</translation>
    </message>
    <message>
        <source>Soft off</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>&amp;Reset (hard)</source>
        <translation>&amp;Neustart erzwingen (hart)</translation>
    </message>
    <message>
        <source>&amp;Soft off (ACPI shutdown)</source>
        <translation>&amp;Herunterfahren (ACPI-Shutdown)</translation>
    </message>
    <message>
        <source>Load &amp;inventory</source>
        <translation>&amp;Inventar laden</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Load &amp;sensors</source>
        <translation>Sens&amp;oren laden</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <source>Select a device in a rack to see its BMC.</source>
        <translation>Wählen Sie ein Gerät in einem Rack aus, um seinen BMC zu sehen.</translation>
    </message>
    <message>
        <source>%1 — out-of-band</source>
        <translation>%1 — Out-of-Band</translation>
    </message>
    <message>
        <source>Loading the BMC settings of %1…</source>
        <translation>BMC-Einstellungen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not read the BMC settings of %1: %2</source>
        <translation>Die BMC-Einstellungen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no BMC settings, so it cannot be powered or inspected out of band here. Its BMC (Redfish or IPMI) can be recorded by the NOC.</source>
        <translation>%1 hat keine BMC-Einstellungen und kann deshalb hier nicht out-of-band geschaltet oder untersucht werden. Sein BMC (Redfish oder IPMI) kann vom NOC erfasst werden.</translation>
    </message>
    <message>
        <source>Redfish</source>
        <translation>Redfish</translation>
    </message>
    <message>
        <source>IPMI 2.0 (lanplus)</source>
        <translation>IPMI 2.0 (lanplus)</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>— (IPMI has no certificate)</source>
        <translation>— (IPMI hat kein Zertifikat)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none pinned yet</source>
        <translation>noch keines hinterlegt</translation>
    </message>
    <message>
        <source>No BMC drivers are available in this console.</source>
        <translation>In dieser Konsole sind keine BMC-Treiber verfügbar.</translation>
    </message>
    <message>
        <source>Querying the power state…</source>
        <translation>Stromzustand wird abgefragt…</translation>
    </message>
    <message>
        <source>Could not read the power state of %1: %2</source>
        <translation>Der Stromzustand von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation>Stromversorgung von %1</translation>
    </message>
    <message>
        <source>Really %1 %2?</source>
        <translation>%1 von %2 wirklich ausführen?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not changed.</source>
        <translation>Abgebrochen: %1 wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation>%1: %2 erledigt.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation>Inventar wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the inventory of %1: %2</source>
        <translation>Das Inventar von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading the sensors…</source>
        <translation>Sensoren werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the sensors of %1: %2</source>
        <translation>Die Sensoren von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Product (FRU)</source>
        <translation>Produkt (FRU)</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>BMC firmware</source>
        <translation>BMC-Firmware</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message numerus="yes">
        <source>%n modules, %1</source>
        <translation>
            <numerusform>%n Modul, %1</numerusform>
            <numerusform>%n Module, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MT/s</source>
        <translation>%1 MT/s</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message numerus="yes">
        <source>%n drives (from SimpleStorage)</source>
        <translation>
            <numerusform>%n Laufwerk (aus SimpleStorage)</numerusform>
            <numerusform>%n Laufwerke (aus SimpleStorage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drives</source>
        <translation>
            <numerusform>%n Laufwerk</numerusform>
            <numerusform>%n Laufwerke</numerusform>
        </translation>
    </message>
    <message>
        <source>Controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <source>This BMC has no Storage collection; the drives come from the older SimpleStorage collection, which lists fewer details.</source>
        <translation>Dieser BMC hat keine Storage-Collection; die Laufwerke stammen aus der älteren SimpleStorage-Collection, die weniger Details enthält.</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>kein Messwert</translation>
    </message>
    <message>
        <source>Reading the BMC&apos;s certificate…</source>
        <translation>Zertifikat des BMC wird gelesen…</translation>
    </message>
    <message>
        <source>The certificate could not be read: %1</source>
        <translation>Das Zertifikat konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Pinning the certificate…</source>
        <translation>Zertifikat wird hinterlegt…</translation>
    </message>
    <message>
        <source>The certificate was not pinned: %1</source>
        <translation>Das Zertifikat wurde nicht hinterlegt: %1</translation>
    </message>
    <message>
        <source>Pinned the certificate of %1&apos;s BMC: %2</source>
        <translation>Zertifikat des BMC von %1 hinterlegt: %2</translation>
    </message>
    <message>
        <source>Demo device: there is no BMC to talk to. Its address belongs to the demo&apos;s made-up site, so nothing is sent to it.</source>
        <translation>Demo-Gerät: Es gibt keinen BMC, mit dem gesprochen werden könnte. Seine Adresse gehört zum erfundenen Standort der Demo, daher wird nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht erhältlich</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) the BMC could not give</source>
        <translation>
            <numerusform>%n Teil, den der BMC nicht liefern konnte</numerusform>
            <numerusform>%n Teile, die der BMC nicht liefern konnte</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Say which of the systems this Redfish service serves is this device</source>
        <translation>Angeben, welches der Systeme dieses Redfish-Dienstes dieses Gerät ist</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>&amp;Use for this device</source>
        <translation>Für dieses Gerät &amp;verwenden</translation>
    </message>
    <message>
        <source>the service&apos;s only one</source>
        <translation>das einzige des Dienstes</translation>
    </message>
    <message>
        <source>This Redfish service serves several systems; say which one %1 is. %2</source>
        <translation>Dieser Redfish-Dienst bedient mehrere Systeme; geben Sie an, welches %1 ist. %2</translation>
    </message>
    <message>
        <source>The system named for %1 is not among those the service serves. %2</source>
        <translation>Das für %1 genannte System gehört nicht zu denen, die der Dienst bedient. %2</translation>
    </message>
    <message>
        <source>The systems this Redfish service serves:</source>
        <translation>Die Systeme, die dieser Redfish-Dienst bedient:</translation>
    </message>
    <message>
        <source>Reading the systems the BMC serves…</source>
        <translation>Die Systeme des BMC werden gelesen …</translation>
    </message>
    <message>
        <source>Could not list the BMC&apos;s systems: %1</source>
        <translation>Die Systeme des BMC konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saving the system of %1…</source>
        <translation>Das System von %1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Could not save the system: %1</source>
        <translation>Das System konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is system %2 of its BMC.</source>
        <translation>%1 ist System %2 seines BMC.</translation>
    </message>
    <message>
        <source>The BMC at %1 powers the machine on at once.</source>
        <translation>Der BMC unter %1 schaltet die Maschine sofort ein.</translation>
    </message>
    <message>
        <source>The BMC at %1 asks the operating system to shut down (ACPI); a system that ignores the request keeps running.</source>
        <translation>Der BMC unter %1 bittet das Betriebssystem, herunterzufahren (ACPI); ein System, das die Bitte ignoriert, läuft weiter.</translation>
    </message>
    <message>
        <source>The BMC at %1 carries this out at once: the running system is not asked first (Soft off in the menu shuts it down cleanly).</source>
        <translation>Der BMC unter %1 führt das sofort aus: Das laufende System wird vorher nicht gefragt (Soft off im Menü fährt es sauber herunter).</translation>
    </message>
    <message>
        <source>Still refused: the BMC&apos;s certificate has not been accepted yet.</source>
        <translation>Weiterhin abgelehnt: Das Zertifikat des BMC wurde noch nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Still refused: the BMC still presents a certificate other than the accepted one.</source>
        <translation>Weiterhin abgelehnt: Der BMC zeigt immer noch ein anderes Zertifikat als das akzeptierte.</translation>
    </message>
    <message>
        <source>Nothing is sent to this BMC until its certificate is accepted. Compare the fingerprint below with the one the BMC shows (its web interface or front panel), then accept it.</source>
        <translation>An diesen BMC wird nichts gesendet, bis sein Zertifikat akzeptiert ist. Vergleichen Sie den Fingerabdruck unten mit dem, den der BMC anzeigt (Weboberfläche oder Bedienfeld), und akzeptieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>This BMC presents a different certificate than the accepted one, so nothing is sent to it. Accept the new one only if the change is expected (a replaced board, a renewed certificate).</source>
        <translation>Dieser BMC zeigt ein anderes Zertifikat als das akzeptierte, daher wird nichts an ihn gesendet. Akzeptieren Sie das neue nur, wenn die Änderung erwartet ist (eine getauschte Platine, ein erneuertes Zertifikat).</translation>
    </message>
    <message>
        <source>Presented: SHA-256 %1</source>
        <translation>Vorgelegt: SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>hostdeck::BulkPowerDialog</name>
    <message>
        <source>Power on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Power off (hard)</source>
        <translation>Ausschalten (hart)</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>Aus- und Einschalten</translation>
    </message>
    <message>
        <source>Reset (hard)</source>
        <translation>Neustart erzwingen (hart)</translation>
    </message>
    <message>
        <source>Soft off (ACPI shutdown)</source>
        <translation>Herunterfahren (ACPI-Shutdown)</translation>
    </message>
    <message>
        <source>Power actions</source>
        <translation>Stromaktionen</translation>
    </message>
    <message>
        <source>Loading the devices with a BMC…</source>
        <translation>Geräte mit BMC werden geladen…</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Rack / U</source>
        <translation>Rack / HE</translation>
    </message>
    <message>
        <source>BMC</source>
        <translation>BMC</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>A&amp;usführen…</translation>
    </message>
    <message>
        <source>&amp;Cancel remaining</source>
        <translation>&amp;Restliche abbrechen</translation>
    </message>
    <message>
        <source>No BMC drivers are available in this console.</source>
        <translation>In dieser Konsole sind keine BMC-Treiber verfügbar.</translation>
    </message>
    <message>
        <source>Could not read the devices: %1</source>
        <translation>Die Geräte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No device in the racks shown has BMC settings.</source>
        <translation>Kein Gerät in den angezeigten Racks hat BMC-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 U%2 (%3)</source>
        <translation>%1 HE%2 (%3)</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>IPMI</source>
        <translation>IPMI</translation>
    </message>
    <message>
        <source>Redfish</source>
        <translation>Redfish</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n Gerät)</numerusform>
            <numerusform>%1 (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>cancelled (not started)</source>
        <translation>abgebrochen (nicht gestartet)</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed</source>
        <translation>%1: %2 erfolgreich, %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled before starting</source>
        <translation>
            <numerusform>, %n vor dem Start abgebrochen</numerusform>
            <numerusform>, %n vor dem Start abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo device: there is no BMC to talk to.</source>
        <translation>Demo-Gerät: Es gibt keinen BMC, mit dem gesprochen werden könnte.</translation>
    </message>
    <message>
        <source>Power actions: %1</source>
        <translation>Stromaktionen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Devices with a BMC in %n rack(s) (%1). Check those to act on: the action runs through each device&apos;s BMC, several at a time, and each row shows its result.</source>
        <translation>
            <numerusform>Geräte mit BMC in %n Rack (%1). Haken Sie die an, auf die die Aktion wirken soll: Sie läuft über den BMC jedes Geräts, mehrere gleichzeitig, und jede Zeile zeigt ihr Ergebnis.</numerusform>
            <numerusform>Geräte mit BMC in %n Racks (%1). Haken Sie die an, auf die die Aktion wirken soll: Sie läuft über den BMC jedes Geräts, mehrere gleichzeitig, und jede Zeile zeigt ihr Ergebnis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)?</source>
        <translation>
            <numerusform>%1: %n Gerät?</numerusform>
            <numerusform>%1: %n Geräte?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)…</source>
        <translation>
            <numerusform>%1: %n Gerät …</numerusform>
            <numerusform>%1: %n Geräte …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hostdeck::CableEditorDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>printed on the cable, e.g. R12-34</source>
        <translation>auf das Kabel gedruckt, z. B. R12-34</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>End A:</source>
        <translation>Ende A:</translation>
    </message>
    <message>
        <source>End B device:</source>
        <translation>Gerät an Ende B:</translation>
    </message>
    <message>
        <source>End B port:</source>
        <translation>Port an Ende B:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <source>Length (m):</source>
        <translation>Länge (m):</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot load the port: %1</source>
        <translation>Der Port kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Edit cable on %1</source>
        <translation>Kabel an %1 bearbeiten</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Choose a device…</source>
        <translation>Gerät wählen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n free port(s))</source>
        <translation>
            <numerusform>%1 (%n freier Port)</numerusform>
            <numerusform>%1 (%n freie Ports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading ports…</source>
        <translation>Ports werden geladen…</translation>
    </message>
    <message>
        <source>Choose a device first</source>
        <translation>Zuerst ein Gerät wählen</translation>
    </message>
    <message>
        <source>Cannot load the ports</source>
        <translation>Die Ports können nicht geladen werden</translation>
    </message>
    <message>
        <source>This device has no ports</source>
        <translation>Dieses Gerät hat keine Ports</translation>
    </message>
    <message>
        <source>Choose a port…</source>
        <translation>Port wählen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — this is end A</source>
        <translation>%1 — das ist Ende A</translation>
    </message>
    <message>
        <source>%1 — in use, cabled to %2</source>
        <translation>%1 — belegt, verkabelt mit %2</translation>
    </message>
    <message>
        <source>This port already has a cable to %1.</source>
        <translation>Dieser Port hat bereits ein Kabel zu %1.</translation>
    </message>
    <message>
        <source>Cable colour</source>
        <translation>Kabelfarbe</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Choose the device at end B.</source>
        <translation>Wählen Sie das Gerät an Ende B.</translation>
    </message>
    <message>
        <source>Loading the ports of %1…</source>
        <translation>Ports von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Choose the port at end B.</source>
        <translation>Wählen Sie den Port an Ende B.</translation>
    </message>
    <message>
        <source>End B is the same port as end A: a cable connects two different ports.</source>
        <translation>Ende B ist derselbe Port wie Ende A: Ein Kabel verbindet zwei verschiedene Ports.</translation>
    </message>
    <message>
        <source>Port %1 already has a cable (to %2). Choose a free port.</source>
        <translation>Port %1 hat bereits ein Kabel (zu %2). Wählen Sie einen freien Port.</translation>
    </message>
    <message>
        <source>Choose a cable type.</source>
        <translation>Wählen Sie einen Kabeltyp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cable colour: use a colour name or #rrggbb.</source>
        <translation>„%1“ ist keine Kabelfarbe: Verwenden Sie einen Farbnamen oder #rrggbb.</translation>
    </message>
    <message>
        <source>The length is a number of metres, such as 2.5.</source>
        <translation>Die Länge ist eine Zahl in Metern, etwa 2,5.</translation>
    </message>
    <message>
        <source>The length must be more than 0 m.</source>
        <translation>Die Länge muss größer als 0 m sein.</translation>
    </message>
    <message>
        <source>The length is at most 99999.99 m.</source>
        <translation>Die Länge beträgt höchstens 99999,99 m.</translation>
    </message>
    <message>
        <source>Cable from %1 to %2 saved.</source>
        <translation>Kabel von %1 zu %2 gespeichert.</translation>
    </message>
    <message>
        <source>Connected %1 to %2.</source>
        <translation>%1 mit %2 verbunden.</translation>
    </message>
</context>
<context>
    <name>hostdeck::CableTraceView</name>
    <message>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>switch port</source>
        <translation>Switch-Port</translation>
    </message>
    <message>
        <source>patch front</source>
        <translation>Patchpanel vorne</translation>
    </message>
    <message>
        <source>patch rear</source>
        <translation>Patchpanel hinten</translation>
    </message>
    <message>
        <source>BMC</source>
        <translation>BMC</translation>
    </message>
    <message>
        <source>power outlet</source>
        <translation>Steckdose</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Tracing…</source>
        <translation>Kabelverlauf wird verfolgt…</translation>
    </message>
    <message>
        <source>Cannot trace: %1</source>
        <translation>Kabelverlauf nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>through patch panel %1</source>
        <translation>über Patchpanel %1</translation>
    </message>
    <message>
        <source>panel %1</source>
        <translation>Panel %1</translation>
    </message>
    <message>
        <source>⟲ Loop: the path returns to %1</source>
        <translation>⟲ Schleife: Der Pfad kehrt zu %1 zurück</translation>
    </message>
    <message numerus="yes">
        <source>… Truncated: the path goes on after %n hop(s)</source>
        <translation>
            <numerusform>… Abgeschnitten: Der Pfad geht nach %n Hop weiter</numerusform>
            <numerusform>… Abgeschnitten: Der Pfad geht nach %n Hops weiter</numerusform>
        </translation>
    </message>
    <message>
        <source>No cable on this port.</source>
        <translation>Kein Kabel an diesem Port.</translation>
    </message>
    <message>
        <source>Cable trace from %1</source>
        <translation>Kabelverlauf ab %1</translation>
    </message>
    <message>
        <source>cable %1</source>
        <translation>Kabel %1</translation>
    </message>
    <message>
        <source>Loop: the path returns to %1, which is already on it.</source>
        <translation>Schleife: Der Pfad kehrt zu %1 zurück, wo er bereits vorbeigeführt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Truncated: the path goes on beyond %n hop(s).</source>
        <translation>
            <numerusform>Abgeschnitten: Der Pfad geht über %n Hop hinaus weiter.</numerusform>
            <numerusform>Abgeschnitten: Der Pfad geht über %n Hops hinaus weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Far end: %1</source>
        <translation>Gegenstelle: %1</translation>
    </message>
    <message>
        <source>Cable trace</source>
        <translation>Kabelverlauf</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; drag to pan.</source>
        <translation>Strg+Mausrad zoomt; Ziehen verschiebt die Ansicht.</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
</context>
<context>
    <name>hostdeck::CertificateDialog</name>
    <message>
        <source>BMC certificate of %1</source>
        <translation>BMC-Zertifikat von %1</translation>
    </message>
    <message>
        <source>No certificate is pinned for the BMC of %1 (%2) yet. Compare the fingerprint below with the one the BMC itself shows before accepting it.</source>
        <translation>Für den BMC von %1 (%2) ist noch kein Zertifikat hinterlegt. Vergleichen Sie den Fingerabdruck unten mit dem, den der BMC selbst anzeigt, bevor Sie es akzeptieren.</translation>
    </message>
    <message>
        <source>The BMC of %1 (%2) presents a different certificate than the one pinned. This happens after a certificate renewal or a board replacement, but it is also what an impostor looks like. Accept it only when you know why it changed.</source>
        <translation>Der BMC von %1 (%2) präsentiert ein anderes Zertifikat als das hinterlegte. Das passiert nach einer Zertifikatserneuerung oder einem Austausch des Boards, aber genau so sieht es auch aus, wenn sich jemand als dieser BMC ausgibt. Akzeptieren Sie es nur, wenn Sie wissen, warum es sich geändert hat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation>Hinterlegt (SHA-256):</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Jetzt präsentiert (SHA-256):</translation>
    </message>
    <message>
        <source>Accept and pin</source>
        <translation>Akzeptieren und hinterlegen</translation>
    </message>
    <message>
        <source>Accept the new certificate</source>
        <translation>Neues Zertifikat akzeptieren</translation>
    </message>
</context>
<context>
    <name>hostdeck::DevicePanel</name>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>&amp;Asset tag:</source>
        <translation>&amp;Inventarnummer:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Warranty:</source>
        <translation>Garantie:</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Watts:</source>
        <translation>&amp;Watt:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Select a device in the rack view to see its properties.</source>
        <translation>Wählen Sie ein Gerät in der Rackansicht, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 %3</translation>
    </message>
    <message>
        <source>U %1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation>HE %1–%2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>front</source>
        <translation>vorn</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>not in a rack</source>
        <translation>nicht in einem Rack</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Ein Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>Watts must be a whole number of 0 or more.</source>
        <translation>Watt müssen eine ganze Zahl ab 0 sein.</translation>
    </message>
</context>
<context>
    <name>hostdeck::DeviceTypePaletteModel</name>
    <message>
        <source>%1 %2 (%3U)</source>
        <translation>%1 %2 (%3 HE)</translation>
    </message>
    <message>
        <source>full depth</source>
        <translation>volle Tiefe</translation>
    </message>
    <message>
        <source>half depth</source>
        <translation>halbe Tiefe</translation>
    </message>
    <message>
        <source>half width</source>
        <translation>halbe Breite</translation>
    </message>
    <message>
        <source>side channel (0U)</source>
        <translation>Seitenkanal (0 HE)</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
</context>
<context>
    <name>hostdeck::DispositionLegend</name>
    <message>
        <source>&lt;b&gt;Power&lt;/b&gt;</source>
        <translation>&lt;b&gt;Strom&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <source>Tight (over 80 %)</source>
        <translation>Knapp (über 80 %)</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
</context>
<context>
    <name>hostdeck::IpMapWidget</name>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <source>network (reserved)</source>
        <translation>Netzadresse (reserviert)</translation>
    </message>
    <message>
        <source>broadcast (reserved)</source>
        <translation>Broadcast (reserviert)</translation>
    </message>
    <message>
        <source>gateway (reserved)</source>
        <translation>Gateway (reserviert)</translation>
    </message>
    <message>
        <source>management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>BMC</source>
        <translation>BMC</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation>VLAN %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <source>No reverse DNS name</source>
        <translation>Kein Reverse-DNS-Name</translation>
    </message>
    <message>
        <source>Reverse DNS: %1</source>
        <translation>Reverse-DNS: %1</translation>
    </message>
    <message>
        <source>Customer: %1 (allocated subnet)</source>
        <translation>Kunde: %1 (zugewiesenes Subnetz)</translation>
    </message>
    <message>
        <source>Select a subnet and press Enter to see its addresses.</source>
        <translation>Wählen Sie ein Subnetz und drücken Sie die Eingabetaste, um seine Adressen zu sehen.</translation>
    </message>
</context>
<context>
    <name>hostdeck::IpamView</name>
    <message>
        <source>an exact fit</source>
        <translation>genau passender Block</translation>
    </message>
    <message>
        <source>merged free blocks</source>
        <translation>zusammengeführte freie Blöcke</translation>
    </message>
    <message>
        <source>split a larger block</source>
        <translation>größeren Block geteilt</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Any VLAN</source>
        <translation>Alle VLANs</translation>
    </message>
    <message>
        <source>VLAN </source>
        <translation>VLAN </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Subdivided</source>
        <translation>Unterteilt</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>IP map</source>
        <translation>IP-Karte</translation>
    </message>
    <message>
        <source>VLANs</source>
        <translation>VLANs</translation>
    </message>
    <message>
        <source>Could not load the prefix tree: %1</source>
        <translation>Der Präfixbaum konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Show &amp;IP map</source>
        <translation>&amp;IP-Karte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Allocate the next free /N here…</source>
        <translation>&amp;Nächstes freies /N hier zuteilen …</translation>
    </message>
    <message>
        <source>Allocate the next free a&amp;ddress</source>
        <translation>Nächste freie A&amp;dresse zuteilen</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Teilen …</translation>
    </message>
    <message>
        <source>&amp;Merge with sibling</source>
        <translation>Mit Geschwister &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;Parken</translation>
    </message>
    <message>
        <source>&amp;Unpark</source>
        <translation>Parken auf&amp;heben</translation>
    </message>
    <message>
        <source>Assign to a &amp;customer…</source>
        <translation>Einem &amp;Kunden zuweisen …</translation>
    </message>
    <message>
        <source>U&amp;nassign the customer</source>
        <translation>Kundenzuweisung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Park this address</source>
        <translation>Diese Adresse &amp;parken</translation>
    </message>
    <message>
        <source>&amp;Unpark this address</source>
        <translation>Parken dieser Adresse auf&amp;heben</translation>
    </message>
    <message>
        <source>&amp;Release this address</source>
        <translation>Diese Adresse &amp;freigeben</translation>
    </message>
    <message>
        <source>Set &amp;reverse DNS…</source>
        <translation>&amp;Reverse-DNS festlegen …</translation>
    </message>
    <message>
        <source>Could not load the locations: %1</source>
        <translation>Die Standorte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the customers: %1</source>
        <translation>Die Kunden konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the VLANs: %1</source>
        <translation>Die VLANs konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>IP map: press Enter on a subnet to open it.</source>
        <translation>IP-Karte: Drücken Sie auf einem Subnetz die Eingabetaste, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Loading the addresses of %1…</source>
        <translation>Adressen von %1 werden geladen …</translation>
    </message>
    <message>
        <source>Could not load the addresses of %1: %2</source>
        <translation>Die Adressen von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>IP map of %1</source>
        <translation>IP-Karte von %1</translation>
    </message>
    <message>
        <source>IP map of %1: the first %2 addresses (%3)</source>
        <translation>IP-Karte von %1: die ersten %2 Adressen (%3)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Allocate in %1</source>
        <translation>In %1 zuteilen</translation>
    </message>
    <message>
        <source>Allocate the next free block of prefix length /N inside %1.
N:</source>
        <translation>Den nächsten freien Block mit der Präfixlänge /N in %1 zuteilen.
N:</translation>
    </message>
    <message>
        <source>Allocating a /%1 in %2</source>
        <translation>Ein /%1 wird in %2 zugeteilt</translation>
    </message>
    <message>
        <source>Allocated %1 in %2 (%3).</source>
        <translation>%1 in %2 zugeteilt (%3).</translation>
    </message>
    <message>
        <source>Allocating an address in %1</source>
        <translation>Eine Adresse wird in %1 zugeteilt</translation>
    </message>
    <message>
        <source>Allocated %1.</source>
        <translation>%1 zugeteilt.</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>%1 teilen</translation>
    </message>
    <message>
        <source>Split %1 into pieces of prefix length /N (/%2: two halves).
N:</source>
        <translation>%1 in Teile mit der Präfixlänge /N teilen (/%2: zwei Hälften).
N:</translation>
    </message>
    <message>
        <source>Splitting %1 into /%2</source>
        <translation>%1 wird in /%2 geteilt</translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %n subnet(s).</source>
        <translation>
            <numerusform>%1 in %n Subnetz geteilt.</numerusform>
            <numerusform>%1 in %n Subnetze geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging %1 with its sibling</source>
        <translation>%1 wird mit seinem Geschwister zusammengeführt</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Zu %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Parking %1</source>
        <translation>%1 wird geparkt</translation>
    </message>
    <message>
        <source>Unparking %1</source>
        <translation>Parken von %1 wird aufgehoben</translation>
    </message>
    <message>
        <source>Parked %1.</source>
        <translation>%1 geparkt.</translation>
    </message>
    <message>
        <source>Unparked %1.</source>
        <translation>Parken von %1 aufgehoben.</translation>
    </message>
    <message>
        <source>There are no customers to assign %1 to.</source>
        <translation>Es gibt keine Kunden, denen %1 zugewiesen werden könnte.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Assign %1 to the customer:</source>
        <translation>Kunde, dem %1 zugewiesen wird:</translation>
    </message>
    <message>
        <source>Assigning %1 to %2</source>
        <translation>%1 wird %2 zugewiesen</translation>
    </message>
    <message>
        <source>Assigned %1 to %2.</source>
        <translation>%1 wurde %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Unassigning %1</source>
        <translation>Zuweisung von %1 wird aufgehoben</translation>
    </message>
    <message>
        <source>%1 is unallocated again.</source>
        <translation>%1 ist wieder nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Releasing %1</source>
        <translation>%1 wird freigegeben</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message>
        <source>Reverse DNS of %1</source>
        <translation>Reverse-DNS von %1</translation>
    </message>
    <message>
        <source>Host name for %1 (empty removes the PTR record):</source>
        <translation>Hostname für %1 (leer entfernt den PTR-Eintrag):</translation>
    </message>
    <message>
        <source>Setting the reverse DNS of %1</source>
        <translation>Reverse-DNS von %1 wird gesetzt</translation>
    </message>
    <message>
        <source>Removed the reverse DNS name of %1.</source>
        <translation>Reverse-DNS-Name von %1 entfernt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
</context>
<context>
    <name>hostdeck::MainWindow</name>
    <message>
        <source>U %1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>U %1–%2</source>
        <translation>HE %1–%2</translation>
    </message>
    <message>
        <source>front</source>
        <translation>vorn</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>left side channel</source>
        <translation>linker Seitenkanal</translation>
    </message>
    <message>
        <source>right side channel</source>
        <translation>rechter Seitenkanal</translation>
    </message>
    <message>
        <source>, left half</source>
        <translation>, linke Hälfte</translation>
    </message>
    <message>
        <source>, right half</source>
        <translation>, rechte Hälfte</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>HostDeck — %1</source>
        <translation>HostDeck — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Cannot drop here: %1</source>
        <translation>Hier nicht ablegbar: %1</translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Nicht platziert: %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Drag a device type onto free U in a rack to add a device.</source>
        <translation>Ziehen Sie einen Gerätetyp auf freie Höheneinheiten eines Racks, um ein Gerät hinzuzufügen.</translation>
    </message>
    <message>
        <source>Device types</source>
        <translation>Gerätetypen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find device…</source>
        <translation>Gerät &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About HostDeck</source>
        <translation>&amp;Über HostDeck</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Find device: name, serial or asset tag (Ctrl+F)</source>
        <translation>Gerät suchen: Name, Seriennummer oder Inventarnummer (Strg+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not load the locations: %1</source>
        <translation>Die Standorte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the device types: %1</source>
        <translation>Die Gerätetypen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading racks…</source>
        <translation>Racks werden geladen …</translation>
    </message>
    <message>
        <source>Could not load the rack: %1</source>
        <translation>Das Rack konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the racks: %1</source>
        <translation>Die Racks konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No device matches “%1”.</source>
        <translation>Kein Gerät passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n devices match “%1”; choose one.</source>
        <translation>
            <numerusform>%n Gerät passt zu „%1“; wählen Sie eines.</numerusform>
            <numerusform>%n Geräte passen zu „%1“; wählen Sie eines.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in a rack.</source>
        <translation>%1 ist in keinem Rack.</translation>
    </message>
    <message>
        <source>%1: %2 U%3</source>
        <translation>%1: %2 HE%3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>%1 wird verschoben …</translation>
    </message>
    <message>
        <source>%1 was not moved: %2</source>
        <translation>%1 wurde nicht verschoben: %2</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt …</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Connection to the database lost — retrying</source>
        <translation>Verbindung zur Datenbank verloren — neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection to the database restored.</source>
        <translation>Verbindung zur Datenbank wiederhergestellt.</translation>
    </message>
    <message>
        <source>Settings saved. They take effect when HostDeck is started again.</source>
        <translation>Einstellungen gespeichert. Sie wirken beim nächsten Start von HostDeck.</translation>
    </message>
    <message>
        <source>About HostDeck</source>
        <translation>Über HostDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;HostDeck %1&lt;/b&gt;&lt;br&gt;An operator console for a hosting provider&apos;s data centre.&lt;br&gt;Database: %2&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;HostDeck %1&lt;/b&gt;&lt;br&gt;Eine Betriebskonsole für das Rechenzentrum eines Hosting-Anbieters.&lt;br&gt;Datenbank: %2&lt;br&gt;Lizenziert unter der GNU GPL, Version 3 oder später.</translation>
    </message>
    <message>
        <source>&amp;Racks</source>
        <translation>&amp;Racks</translation>
    </message>
    <message>
        <source>&amp;Address space</source>
        <translation>Adre&amp;ssraum</translation>
    </message>
    <message>
        <source>R&amp;acks</source>
        <translation>R&amp;acks</translation>
    </message>
    <message>
        <source>Address &amp;space</source>
        <translation>Adress&amp;raum</translation>
    </message>
    <message>
        <source>Out-of-band</source>
        <translation>Out-of-Band</translation>
    </message>
    <message>
        <source>&amp;Power…</source>
        <translation>&amp;Strom…</translation>
    </message>
    <message>
        <source>Power on, off, cycle or reset devices of the racks shown through their BMCs</source>
        <translation>Geräte der angezeigten Racks über ihre BMCs einschalten, ausschalten, aus- und einschalten oder einen Neustart erzwingen</translation>
    </message>
    <message>
        <source>&amp;Out-of-band</source>
        <translation>&amp;Out-of-Band</translation>
    </message>
    <message>
        <source>Refresh power &amp;state</source>
        <translation>&amp;Stromzustand aktualisieren</translation>
    </message>
    <message>
        <source>Open a room or a rack first: power actions apply to the devices of the racks shown.</source>
        <translation>Öffnen Sie zuerst einen Raum oder ein Rack: Stromaktionen gelten für die Geräte der angezeigten Racks.</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
</context>
<context>
    <name>hostdeck::NetworkView</name>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Patch panels</source>
        <translation>Patchpanels</translation>
    </message>
    <message>
        <source>PDUs</source>
        <translation>PDUs</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Select a switch, patch panel, PDU or server.</source>
        <translation>Wählen Sie einen Switch, ein Patchpanel, eine PDU oder einen Server aus.</translation>
    </message>
    <message>
        <source>Could not load the network devices: %1</source>
        <translation>Die Netzwerkgeräte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1: not in a rack</source>
        <translation>%1: nicht in einem Rack</translation>
    </message>
    <message>
        <source>%1 in rack %2</source>
        <translation>%1 in Rack %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ports</source>
        <translation>
            <numerusform>%n Port</numerusform>
            <numerusform>%n Ports</numerusform>
        </translation>
    </message>
    <message>
        <source>Polled over SNMP</source>
        <translation>Über SNMP abgefragt</translation>
    </message>
    <message>
        <source>No SNMP settings</source>
        <translation>Keine SNMP-Einstellungen</translation>
    </message>
    <message>
        <source>This device has no ports and is no switch, patch panel or PDU: there is nothing to show on the Network page.</source>
        <translation>Dieses Gerät hat keine Ports und ist weder Switch noch Patchpanel noch PDU: Auf der Netzwerkseite gibt es nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>hostdeck::NewDeviceDialog</name>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>%1 %2 (%3 U)</source>
        <translation>%1 %2 (%3 HE)</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Ein Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>A device named %1 exists already.</source>
        <translation>Ein Gerät namens %1 existiert bereits.</translation>
    </message>
</context>
<context>
    <name>hostdeck::PatchPanelModel</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>port name (label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Port %1, %2</source>
        <translation>Port %1, %2</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no cable</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>cable type, label</comment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 cable, %2</source>
        <translation>%1-Kabel, %2</translation>
    </message>
    <message>
        <source>, label “%1”</source>
        <translation>, Beschriftung „%1“</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>loop at %1</source>
        <translation>Schleife bei %1</translation>
    </message>
    <message>
        <source>%1 … (path truncated)</source>
        <translation>%1 … (Pfad abgeschnitten)</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <source>Cable goes to %1; the path ends at %2.</source>
        <translation>Das Kabel führt zu %1; der Pfad endet bei %2.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Front port</source>
        <translation>Port Vorderseite</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Stecker</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>Rear port</source>
        <translation>Port Rückseite</translation>
    </message>
</context>
<context>
    <name>hostdeck::PatchPanelView</name>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Remove cable</source>
        <translation>Kabel entfernen</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last cable removal (Ctrl+Z)</source>
        <translation>Letztes Entfernen eines Kabels rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Choose a patch panel or device to see its ports.</source>
        <translation>Wählen Sie ein Patchpanel oder Gerät aus, um seine Ports zu sehen.</translation>
    </message>
    <message>
        <source>Loading ports…</source>
        <translation>Ports werden geladen…</translation>
    </message>
    <message>
        <source>Cannot load the ports: %1</source>
        <translation>Die Ports können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no ports.</source>
        <translation>%1 hat keine Ports.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s), </source>
        <translation>
            <numerusform>%1: %n Position, </numerusform>
            <numerusform>%1: %n Positionen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n port(s) cabled</source>
        <translation>
            <numerusform>%1 von %n Port verkabelt</numerusform>
            <numerusform>%1 von %n Ports verkabelt</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit cable…</source>
        <translation>Kabel bearbeiten…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Please wait: the last cable change is still being saved.</source>
        <translation>Bitte warten: Die letzte Kabeländerung wird noch gespeichert.</translation>
    </message>
    <message>
        <source>Remove the %1 cable between %2 and %3?</source>
        <translation>Das %1-Kabel zwischen %2 und %3 entfernen?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>remove cable %1 – %2</source>
        <translation>Kabel %1 – %2 entfernen</translation>
    </message>
    <message>
        <source>Cable removed. Undo with Ctrl+Z.</source>
        <translation>Kabel entfernt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>The cable was not removed: %1</source>
        <translation>Das Kabel wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Cable restored.</source>
        <translation>Kabel wiederhergestellt.</translation>
    </message>
    <message>
        <source>The cable could not be restored: %1</source>
        <translation>Das Kabel konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>hostdeck::PollWorker</name>
    <message>
        <source>%1 sweep skipped: the previous sweep is still running</source>
        <translation>%1-Durchlauf übersprungen: Der vorherige Durchlauf läuft noch</translation>
    </message>
    <message>
        <source>%1 sweep %2: %3</source>
        <translation>%1-Durchlauf %2: %3</translation>
    </message>
    <message>
        <source>%1 sweep %2 failed: %3</source>
        <translation>%1-Durchlauf %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>hostdeck::PortsModel</name>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>testing</source>
        <translation>testing</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>cabled, far end unknown</source>
        <translation>verkabelt, Gegenstelle unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (loop)</source>
        <translation>%1 (Schleife)</translation>
    </message>
    <message>
        <source>%1 (trace cut short)</source>
        <translation>%1 (Verlauf abgeschnitten)</translation>
    </message>
    <message>
        <source>Tbit/s</source>
        <translation>Tbit/s</translation>
    </message>
    <message>
        <source>Gbit/s</source>
        <translation>Gbit/s</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation>kbit/s</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>5-minute average from %1 UTC</source>
        <translation>5-Minuten-Mittelwert ab %1 UTC</translation>
    </message>
    <message>
        <source>No traffic samples yet.</source>
        <translation>Noch keine Messwerte zum Datenverkehr.</translation>
    </message>
    <message numerus="yes">
        <source>Inbound (green) and outbound (blue) rate over the last 24 hours; %n samples.</source>
        <translation>
            <numerusform>Eingehende (grün) und ausgehende (blau) Rate der letzten 24 Stunden; %n Messwert.</numerusform>
            <numerusform>Eingehende (grün) und ausgehende (blau) Rate der letzten 24 Stunden; %n Messwerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ifIndex %2)</source>
        <translation>%1 (ifIndex %2)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Oper</source>
        <translation>Oper</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Letzte 24 h</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
</context>
<context>
    <name>hostdeck::PortsView</name>
    <message>
        <source>Filter ports: name, alias, status, far end</source>
        <translation>Ports filtern: Name, Alias, Status, Gegenstelle</translation>
    </message>
    <message>
        <source>Shut down port</source>
        <translation>Port abschalten</translation>
    </message>
    <message>
        <source>Trace cable…</source>
        <translation>Kabel verfolgen…</translation>
    </message>
    <message>
        <source>Loading ports…</source>
        <translation>Ports werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the ports: %1</source>
        <translation>Die Ports konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enable port</source>
        <translation>Port aktivieren</translation>
    </message>
    <message>
        <source>Select a port.</source>
        <translation>Wählen Sie einen Port aus.</translation>
    </message>
    <message>
        <source>%1 has no SNMP settings, so its ports cannot be switched from here.</source>
        <translation>%1 hat keine SNMP-Einstellungen, daher können seine Ports nicht von hier aus geschaltet werden.</translation>
    </message>
    <message>
        <source>%1 has no ifIndex: it is not known to the switch&apos;s SNMP agent.</source>
        <translation>%1 hat keinen ifIndex: Er ist dem SNMP-Agenten des Switches nicht bekannt.</translation>
    </message>
    <message>
        <source>This console has no SNMP poller.</source>
        <translation>In dieser Konsole läuft keine SNMP-Abfrage.</translation>
    </message>
    <message>
        <source>Wait for the port change under way to finish.</source>
        <translation>Warten Sie, bis die laufende Portänderung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Set %1 administratively down</source>
        <translation>%1 administrativ abschalten</translation>
    </message>
    <message>
        <source>Set %1 administratively up</source>
        <translation>%1 administrativ aktivieren</translation>
    </message>
    <message>
        <source>Follow the cable of %1 through patch panels to its far end</source>
        <translation>Das Kabel von %1 über Patchpanels bis zu seiner Gegenstelle verfolgen</translation>
    </message>
    <message>
        <source> (%1 %2)</source>
        <translation> (%1 %2)</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>%1 aktivieren?</translation>
    </message>
    <message>
        <source>Enabling %1 on %2 brings the port up again: whatever is connected%3 starts passing traffic.</source>
        <translation>Das Aktivieren von %1 auf %2 schaltet den Port wieder ein: Alles, was angeschlossen ist%3, überträgt wieder Daten.</translation>
    </message>
    <message>
        <source>Shut down %1?</source>
        <translation>%1 abschalten?</translation>
    </message>
    <message>
        <source>Shutting down %1 on %2 cuts off whatever is connected%3.</source>
        <translation>Das Abschalten von %1 auf %2 trennt alles, was angeschlossen ist%3.</translation>
    </message>
    <message>
        <source>The switch is told over SNMP (ifAdminStatus of ifIndex %1).</source>
        <translation>Der Switch wird per SNMP angewiesen (ifAdminStatus von ifIndex %1).</translation>
    </message>
    <message>
        <source>Enabling %1 on %2…</source>
        <translation>%1 auf %2 wird aktiviert…</translation>
    </message>
    <message>
        <source>Shutting down %1 on %2…</source>
        <translation>%1 auf %2 wird abgeschaltet…</translation>
    </message>
    <message>
        <source>Could not enable %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht aktiviert werden: %3</translation>
    </message>
    <message>
        <source>Could not shut down %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht abgeschaltet werden: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is enabled (admin up).</source>
        <translation>%1 auf %2 ist aktiviert (admin up).</translation>
    </message>
    <message>
        <source>%1 on %2 is shut down (admin down).</source>
        <translation>%1 auf %2 ist abgeschaltet (admin down).</translation>
    </message>
</context>
<context>
    <name>hostdeck::PrefixTreeModel</name>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 /64 networks</source>
        <translation>%1 /64-Netze</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 Adressen</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>subdivided</source>
        <translation>unterteilt</translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1, parked</source>
        <translation>%1, geparkt</translation>
    </message>
    <message>
        <source>%1, parked (inherited)</source>
        <translation>%1, geparkt (geerbt)</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (geerbt)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n direct child subnet(s)</source>
        <translation>
            <numerusform>%n direkt untergeordnetes Subnetz</numerusform>
            <numerusform>%n direkt untergeordnete Subnetze</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation %1 % (counted in /64 networks)</source>
        <translation>Auslastung %1 % (gezählt in /64-Netzen)</translation>
    </message>
    <message>
        <source>Utilisation %1 % (counted in addresses)</source>
        <translation>Auslastung %1 % (gezählt in Adressen)</translation>
    </message>
    <message>
        <source>Location %1 inherited from a parent subnet</source>
        <translation>Standort %1 von einem übergeordneten Subnetz geerbt</translation>
    </message>
    <message>
        <source>Parked: skipped by automatic allocation</source>
        <translation>Geparkt: wird bei der automatischen Zuteilung übersprungen</translation>
    </message>
    <message>
        <source>Inside a parked subnet: skipped by automatic allocation</source>
        <translation>In einem geparkten Subnetz: wird bei der automatischen Zuteilung übersprungen</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>hostdeck::RackElevationScene</name>
    <message>
        <source>Drop onto a rack&apos;s front or rear face.</source>
        <translation>Auf die Vorder- oder Rückseite eines Racks ablegen.</translation>
    </message>
    <message>
        <source>%1 is already here.</source>
        <translation>%1 ist bereits hier.</translation>
    </message>
</context>
<context>
    <name>hostdeck::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>empty: the embedded database</source>
        <translation>leer: die eingebettete Datenbank</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Changes take effect when HostDeck is started again.</source>
        <translation>Änderungen wirken beim nächsten Start von HostDeck.</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>&amp;Datenbank-URL:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The URL contains a password. HostDeck does not store passwords: set PGPASSWORD or put it in ~/.pgpass instead.</source>
        <translation>Die URL enthält ein Passwort. HostDeck speichert keine Passwörter: Setzen Sie stattdessen PGPASSWORD oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>The embedded database (a private PostgreSQL under your data directory).</source>
        <translation>Die eingebettete Datenbank (ein privates PostgreSQL in Ihrem Datenverzeichnis).</translation>
    </message>
    <message>
        <source>A shared PostgreSQL server.</source>
        <translation>Ein gemeinsamer PostgreSQL-Server.</translation>
    </message>
</context>
<context>
    <name>hostdeck::TrafficChart</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month (UTC)</source>
        <translation>Dieser Monat (UTC)</translation>
    </message>
    <message>
        <source>95th percentile of inbound</source>
        <translation>95. Perzentil eingehend</translation>
    </message>
    <message>
        <source>95th percentile of outbound</source>
        <translation>95. Perzentil ausgehend</translation>
    </message>
    <message>
        <source>95th percentile of the larger direction</source>
        <translation>95. Perzentil der stärkeren Richtung</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Select a port to see its traffic.</source>
        <translation>Wählen Sie einen Port aus, um seinen Datenverkehr zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the traffic: %1</source>
        <translation>Der Datenverkehr konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the traffic of %1: %2</source>
        <translation>Der Datenverkehr von %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>No traffic samples in this period.</source>
        <translation>Keine Messwerte zum Datenverkehr in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>95th percentile: no samples</source>
        <translation>95. Perzentil: keine Messwerte</translation>
    </message>
    <message>
        <source>in</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>max of in/out</source>
        <translation>Maximum von ein-/ausgehend</translation>
    </message>
    <message>
        <source>in + out</source>
        <translation>ein- + ausgehend</translation>
    </message>
    <message>
        <source>95th percentile (%1): %2</source>
        <translation>95. Perzentil (%1): %2</translation>
    </message>
</context>
<context>
    <name>hostdeck::VlanModel</name>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>VID</source>
        <translation>VID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
</TS>
