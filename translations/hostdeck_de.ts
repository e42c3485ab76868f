<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>/%1 is outside the IPv6 range HostDeck manages (/32 to /128).</source>
        <translation>/%1 liegt außerhalb des IPv6-Bereichs, den HostDeck verwaltet (/32 bis /128).</translation>
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
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is malformed: %2</source>
        <translation>Die Datenbank-URL „%1“ ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; must start with postgresql://</source>
        <translation>Die Datenbank-URL „%1“ muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; must not contain a &apos;#&apos; fragment.</source>
        <translation>Die Datenbank-URL „%1“ darf kein „#“-Fragment enthalten.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; has port 0.</source>
        <translation>Die Datenbank-URL „%1“ hat Port 0.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; in the URL must not contain &apos;/&apos;.</source>
        <translation>Der Datenbankname „%1“ in der URL darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>The database URL parameter &quot;%1&quot; is not supported (supported: %2).</source>
        <translation>Der Datenbank-URL-Parameter „%1“ wird nicht unterstützt (unterstützt: %2).</translation>
    </message>
    <message>
        <source>The host parameter &quot;%1&quot; must be an absolute socket directory.</source>
        <translation>Der Parameter host „%1“ muss ein absolutes Socket-Verzeichnis sein.</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not a number of seconds.</source>
        <translation>connect_timeout „%1“ ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>The value of %1 must not contain spaces or &apos;;&apos;.</source>
        <translation>Der Wert von %1 darf keine Leerzeichen oder „;“ enthalten.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no host (use postgresql://user@host/db).</source>
        <translation>Die Datenbank-URL „%1“ nennt keinen Host (verwenden Sie postgresql://benutzer@host/db).</translation>
    </message>
    <message>
        <source>embedded PostgreSQL (%1)</source>
        <translation>eingebettetes PostgreSQL (%1)</translation>
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
        <source>Subnets run from /8 to /32 for IPv4 and from /32 to /128 for IPv6.</source>
        <translation>Subnetze reichen von /8 bis /32 bei IPv4 und von /32 bis /128 bei IPv6.</translation>
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
    <name>RdnsService</name>
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
        <source>The BMC at %1 has no system %2; it lists: %3</source>
        <translation>Der BMC unter %1 hat kein System %2; er führt auf: %3</translation>
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
        <source>The subnets inside %1 do not tile it; the tree needs repair before merging.</source>
        <translation>Die Subnetze in %1 füllen es nicht lückenlos; der Baum muss vor dem Zusammenführen repariert werden.</translation>
    </message>
    <message>
        <source>%1 lies outside every pool.</source>
        <translation>%1 liegt außerhalb aller Pools.</translation>
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
        <source>%1 would contain the existing subnet %2; add the larger block before its parts.</source>
        <translation>%1 würde das vorhandene Subnetz %2 enthalten; legen Sie den größeren Block vor seinen Teilen an.</translation>
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
