// A small, fast streaming JSON writer that keeps key order (Google's order), compact output.
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace sim {

class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void beginObject() { separate(); m_out += '{'; m_first.push_back(true); }
    void endObject() { m_out += '}'; m_first.pop_back(); }
    void beginArray() { separate(); m_out += '['; m_first.push_back(true); }
    void endArray() { m_out += ']'; m_first.pop_back(); }
    void key(const char *k)
    {
        separate();
        m_out += '"';
        m_out += k;
        m_out += "\":";
        m_afterKey = true;
    }
    void value(const QString &s) { separate(); writeString(s); }
    void value(bool b) { separate(); m_out += b ? "true" : "false"; }
    void value(qint64 n) { separate(); m_out += QByteArray::number(n); }
    void value(int n) { value(qint64(n)); }
    void raw(const QByteArray &json) { separate(); m_out += json; } // an already-encoded value

    void field(const char *k, const QString &s) { key(k); value(s); }
    void field(const char *k, bool b) { key(k); value(b); }
    void field(const char *k, int n) { key(k); value(qint64(n)); }
    void field(const char *k, qint64 n) { key(k); value(n); }
    void fieldIfNotEmpty(const char *k, const QString &s)
    {
        if (!s.isEmpty())
            field(k, s);
    }

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first.empty()) {
            if (!m_first.back())
                m_out += ',';
            m_first.back() = false;
        }
    }
    void writeString(const QString &s);

    QByteArray m_out;
    std::vector<bool> m_first;
    bool m_afterKey = false;
};

} // namespace sim
