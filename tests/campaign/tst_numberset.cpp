// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/NumberSet.h"

#include <QRandomGenerator>
#include <QTest>

#include <unordered_set>

using namespace sms::campaign;

class tst_NumberSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Against the standard library's set, over keys that collide in the
    // table (runs of consecutive numbers, equal low bits, equal high bits),
    // the reserved key 0 and enough of them to grow the table many times.
    void agreesWithStdSet()
    {
        QRandomGenerator random(20261130);
        std::vector<quint64> keys;
        for (quint64 i = 0; i < 100000; ++i)
            keys.push_back(86'139'0000'0000ULL * 16 + i);
        for (quint64 i = 0; i < 50000; ++i)
            keys.push_back(i << 40);
        for (int i = 0; i < 100000; ++i)
            keys.push_back(random.generate64() % 200000);
        keys.push_back(0);
        keys.push_back(0);
        keys.push_back(~quint64(0));
        keys.push_back(~quint64(0));
        for (std::size_t i = keys.size(); i > 1; --i)
            std::swap(keys[i - 1], keys[random.bounded(quint32(i))]);

        NumberSet set;
        std::unordered_set<quint64> reference;
        for (const quint64 key : keys) {
            const bool added = reference.insert(key).second;
            QCOMPARE(set.insert(key), added);
        }
        QCOMPARE(set.size(), qsizetype(reference.size()));
        // Everything inserted is found again, and only once.
        for (const quint64 key : reference)
            QVERIFY(!set.insert(key));
        QCOMPARE(set.size(), qsizetype(reference.size()));
    }

    void emptySet()
    {
        NumberSet set;
        QCOMPARE(set.size(), 0);
        QVERIFY(set.insert(42));
        QVERIFY(!set.insert(42));
        QVERIFY(set.insert(0));
        QVERIFY(!set.insert(0));
        QCOMPARE(set.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_NumberSet)
#include "tst_numberset.moc"
