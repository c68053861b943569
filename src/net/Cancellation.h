#pragma once
#include <QObject>

namespace cairn {

// A run's cancel switch: set once by the user (or a shutdown), seen by every request of the run.
class Cancellation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isCancelled() const { return m_cancelled; }
    void cancel()
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        Q_EMIT cancelled();
    }
    void throwIfCancelled() const;

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};

} // namespace cairn
