// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oob/bmc.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hostdeck::test {

/// OpenIPMI's ipmi_sim as a real IPMI 2.0 BMC on 127.0.0.1 and a free UDP
/// port, configured from tests/fixtures/ipmi_sim (lan.conf.in, bmc.emu,
/// chassis_control.sh) in a temporary directory: users admin (administrator),
/// oper (operator) and viewer (user); sensors "CPU Temp" 45 °C, "Inlet Temp"
/// 40 °C (warning), "FAN1" 2400 RPM, "12V" 12 V; FRU product "HD-2U Server"
/// by Contoso, part HD2U-8, serial SN123456; firmware 9.08. Power and the
/// boot device are kept by the chassis control script in files this class
/// reads. Stopped (by its pid) on destruction.
class IpmiSim
{
public:
    static constexpr const char *kAdminUser = "admin";
    static constexpr const char *kAdminPassword = "Passw0rd!";
    static constexpr const char *kOperatorUser = "oper";
    static constexpr const char *kOperatorPassword = "OperPass1";
    static constexpr const char *kViewerUser = "viewer";
    static constexpr const char *kViewerPassword = "ViewPass1";

    ~IpmiSim();
    /// Writes the files, starts ipmi_sim and waits (at most 15 s) until it
    /// answers `ipmitool chassis power status`. On failure error() says why.
    bool start();
    /// Kills ipmi_sim (by pid) and waits for it; the chassis state stays.
    void stop();
    /// Starts ipmi_sim again on the same port with the same chassis state.
    bool restart();
    bool running() const;
    QString error() const { return m_error; }

    quint16 port() const { return m_port; }
    /// A target for the admin account: 127.0.0.1, port(), cipher suite 3,
    /// the "opensesspriv" workaround ipmi_sim needs with FreeIPMI, 5 s timeout.
    BmcTarget adminTarget() const;

    /// The chassis state the simulator holds: 1 on, 0 off, -1 unreadable.
    int power() const;
    /// Sets the simulated power state directly (not through IPMI).
    void setPower(bool on);
    /// The boot device ipmi_sim last set ("default" at first, "pxe", ...).
    QString bootDevice() const;
    /// Every "set" the chassis control script received, oldest first:
    /// "power 1", "power 0", "reset 1", "shutdown 1", "boot pxe".
    QStringList calls() const;
    /// Forgets the recorded calls.
    void clearCalls();

private:
    bool launch();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace hostdeck::test
