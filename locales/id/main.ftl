# Lab Konkurensi — teks bahasa Indonesia (bahasa utama).
# Istilah mengikuti ../shared/GLOSARIUM.md. Setiap kunci juga harus ada di en/main.ftl
# (diuji oleh tests/locales.rs). Markup prosa: `kode`, _istilah_, **tebal**,
# "## " untuk judul, "- " untuk daftar (lihat src/model/prose.rs).

## Kerangka aplikasi

app-title = Lab Konkurensi
app-tagline = Belajar konkurensi di Python lewat demo yang benar-benar berjalan di peramban Anda.
skip-to-content = Langsung ke isi
nav-label = Halaman
nav-beranda = Beranda
nav-asyncio = asyncio
nav-threading = threading
nav-multiprocessing = multiprocessing
nav-celery = Celery
nav-bandingkan = Bandingkan
lang-switch = English
lang-switch-label = Ganti ke bahasa Inggris
explanation-title = Penjelasan
demo-title = Demo langsung
footer-text = Setiap angka di halaman ini berasal dari kode yang benar-benar dijalankan di peramban Anda, atau ditandai dengan jelas sebagai model.

## Parameter

params-title = Parameter beban kerja
params-none = Halaman ini belum memiliki parameter. Pilih salah satu demo di menu untuk mencobanya sendiri.
param-tasks = Jumlah tugas
param-io_ms = Waktu tunggu I/O per tugas (ms)
param-cpu_ms = Waktu kerja CPU per tugas (ms)
param-jitter = Variasi acak (± %)
param-seed = Benih acak (_seed_)
param-limit = Batas konkurensi (0 = tanpa batas)
param-timeout_ms = Batas waktu per tugas (ms, 0 = tanpa batas)
param-blocking = Panggilan yang memblokir (`time.sleep`)
param-threads = Jumlah thread
param-gil = Dengan GIL
param-switch_ms = Interval peralihan (ms)
param-workers = Jumlah worker
param-chunksize = Ukuran potongan (`chunksize`)
param-kernel = Jenis kerja CPU
param-race_threads = Jumlah thread
param-race_n = Penambahan per thread
param-race_lock = Pakai `threading.Lock`
choice-kernel-primes = Menghitung bilangan prima
choice-kernel-mandelbrot = Petak Mandelbrot
choice-kernel-hash = Rantai hash
toggle-on = Ya
toggle-off = Tidak

## Demo yang belum selesai

demo-soon-title = Demo langsung segera hadir
demo-soon-body = Demo untuk halaman ini sedang kami bangun. Parameter di atas sudah bisa diubah dan ikut tersimpan dalam tautan berbagi, sehingga tautan yang Anda bagikan sekarang akan tetap berfungsi nanti.

## Tautan berbagi

share-title = Tautan berbagi
share-help = Tautan ini membuka halaman yang sama dengan parameter yang sama.
share-copy = Salin tautan
share-copied = Tautan sudah disalin.
share-copy-failed = Peramban tidak mengizinkan penyalinan otomatis. Pilih tautan di atas, lalu salin secara manual.

## Pemberitahuan tentang tautan

notice-title = Tautan ini kami sesuaikan
notice-unknown-page = Halaman “{ $given }” tidak ada, jadi kami membuka Beranda.
notice-unknown-version = Versi tautan “{ $given }” tidak dikenal; tautan dibaca sebagai versi 1.
notice-unknown-lang = Bahasa “{ $given }” tidak tersedia, jadi kami memakai pilihan bahasa Anda sendiri.
notice-unknown-key = Parameter `{ $key }` tidak dikenal di halaman ini dan diabaikan.
notice-invalid = Nilai “{ $given }” untuk `{ $key }` tidak dapat dibaca, jadi nilai bawaan yang dipakai.
notice-clamped = Nilai { $given } untuk `{ $key }` berada di luar rentang yang diizinkan, jadi yang dipakai adalah { $used }.
notice-rounded = Nilai { $given } untuk `{ $key }` dibulatkan menjadi { $used }.
notice-too-long = Tautan ini terlalu panjang, jadi kami memotongnya: hanya { $read } karakter pertama yang dibaca, sisanya diabaikan.
notice-too-many = Tautan ini memuat terlalu banyak parameter, jadi kami memotongnya: hanya { $read } parameter pertama yang dibaca, sisanya diabaikan.
notice-more = …dan { $count } lainnya.

## Panel kemampuan peramban

cap-title = Kemampuan peramban ini
cap-isolated-yes = Halaman ini terisolasi lintas-origin (cross-origin isolated): memori bersama untuk thread tersedia.
cap-isolated-no = Halaman ini tidak terisolasi lintas-origin, jadi peramban menonaktifkan memori bersama (SharedArrayBuffer).
cap-cores = Peramban melaporkan { $n } inti prosesor.
cap-pool-starting = Kumpulan thread (thread pool) sedang dimulai…
cap-pool-ready = Kumpulan thread siap: { $n } worker, dimulai dalam { $ms }.
cap-pool-unavailable = Kumpulan thread tidak tersedia, jadi demo paralel (threading, multiprocessing, Celery) tidak bisa berjalan di sini. Demo asyncio dan semua penjelasan tetap bisa dipakai.
cap-pool-failed = Kumpulan thread gagal dimulai: { $reason }
cap-why =
    Peramban hanya memberikan memori bersama kepada halaman yang dikirim dengan dua _header_ HTTP:
    `Cross-Origin-Opener-Policy: same-origin` dan `Cross-Origin-Embedder-Policy: require-corp`.
    Jalankan `make serve`, atau sajikan folder `dist/` dengan server yang mengirim kedua header itu
    (misalnya `node scripts/serve.mjs dist`).
cap-smoke-run = Uji kumpulan thread
cap-smoke-running = Menghitung bilangan prima di semua worker…
cap-smoke-done = Uji selesai: { $primes } bilangan prima di bawah { $limit }, dihitung oleh { $used } worker dalam { $ms }.
cap-smoke-failed = Uji gagal: { $reason }

## Beranda

beranda-title = Konkurensi di Python
beranda-lead = Bagaimana sebuah program mengerjakan banyak hal sekaligus, dan kapan cara itu benar-benar membuatnya lebih cepat.
beranda-prose-1 = ## Apa itu konkurensi?
beranda-prose-2 = **Konkurensi** adalah cara menyusun program agar beberapa tugas bisa berjalan
    secara bersamaan, atau _seolah-olah_ bersamaan. Selagi satu tugas menunggu jawaban dari internet
    atau dari diska, tugas lain tetap bisa berjalan. Program tidak perlu menunggu satu tugas selesai
    sebelum memulai tugas berikutnya.
beranda-prose-3 =
    Bayangkan seorang barista. Sambil menunggu mesin menyeduh kopi pertama, ia menerima pesanan
    kedua dan memanaskan susu untuk pesanan ketiga. Ia hanya punya dua tangan, tetapi waktunya tidak
    terbuang untuk menunggu. Itulah konkurensi.
beranda-prose-4 = ## Konkurensi bukan paralelisme
beranda-prose-5 = **Paralelisme** berarti beberapa tugas benar-benar berjalan pada saat yang sama,
    di inti prosesor yang berbeda. Pada contoh tadi, paralelisme berarti ada dua barista. Konkurensi
    adalah soal _menyusun_ pekerjaan; paralelisme adalah soal _menjalankannya_ sekaligus. Program
    konkuren bisa berjalan di satu inti saja, sedangkan paralelisme membutuhkan lebih dari satu
    inti.
beranda-prose-6 = ## I/O-bound atau CPU-bound?
beranda-prose-7 =
    - _I/O-bound_ (terikat I/O): tugas yang sebagian besar waktunya dipakai untuk menunggu, misalnya meminta data dari internet, membaca atau menulis berkas, atau mengirim kueri ke basis data. Selama menunggu, prosesor nyaris menganggur.
    - _CPU-bound_ (terikat CPU): tugas yang sibuk menghitung, misalnya mengompres gambar, menghitung bilangan prima, atau melatih model. Prosesor bekerja penuh sepanjang waktu.
beranda-prose-8 =
    Jenis tugas inilah yang menentukan pendekatan yang tepat. Menunggu bisa dilakukan bersamaan oleh
    satu inti; menghitung hanya bisa dipercepat dengan menambah inti yang bekerja paralel.
beranda-prose-9 = ## Peta empat pendekatan di Python
beranda-prose-10 =
    - **asyncio**: satu _event loop_ (perulangan peristiwa) menjalankan banyak korutin (_coroutine_) dengan `async`/`await`. Sangat hemat untuk tugas I/O-bound seperti server web dan bot.
    - **threading**: beberapa _thread_ (benang) dalam satu proses berbagi memori, tetapi GIL (_Global Interpreter Lock_) hanya mengizinkan satu thread menjalankan kode Python pada satu waktu. Cocok untuk tugas I/O-bound, kurang efektif untuk tugas CPU-bound.
    - **multiprocessing**: beberapa proses, masing-masing dengan interpreter Python dan GIL sendiri, sehingga tugas CPU-bound bisa benar-benar berjalan paralel.
    - **Celery**: pustaka untuk mengirim tugas ke antrean; _worker_ yang berjalan terpisah (bahkan di mesin lain) mengambil dan mengerjakannya di latar belakang.
beranda-prose-11 =
    Di setiap halaman lab ini, penjelasan disajikan berdampingan dengan demo yang benar-benar
    berjalan di peramban Anda. Ubah parameternya, tekan **Jalankan**, lalu lihat lini masa yang
    menunjukkan apa yang sebenarnya terjadi. Halaman **Bandingkan** menjalankan satu beban kerja
    dengan semua pendekatan sekaligus.
beranda-prose-12 =
    Catatan jujur: peramban bukanlah CPython. Di sini, _Web Worker_ berperan sebagai thread dan
    proses, dan kode yang berjalan adalah Rust yang dikompilasi ke WebAssembly. Setiap halaman
    menjelaskan bagian mana yang sama dengan Python dan bagian mana yang berbeda.

## asyncio

asyncio-title = asyncio
asyncio-lead = Korutin yang bergiliran di satu event loop.
asyncio-prose-1 =
    Modul `asyncio` adalah bagian dari pustaka standar Python untuk menulis program berbasis
    _event loop_ (perulangan peristiwa) dengan `async` dan `await`. Tugas I/O-bound bisa menunggu secara
    efisien tanpa memblokir seluruh program. Karena itu, asyncio sangat cocok untuk aplikasi
    jaringan seperti server web atau bot.
asyncio-prose-2 = ## Event loop dan korutin
asyncio-prose-3 =
    Fungsi yang ditulis dengan `async def` adalah korutin (_coroutine_): fungsi yang bisa berhenti
    di tengah jalan lalu dilanjutkan lagi. Setiap kali korutin mencapai `await`, ia menyerahkan
    kendali kembali ke event loop. Event loop lalu menjalankan korutin lain yang sudah siap, dan
    kembali ke korutin pertama setelah hal yang ditunggunya selesai.
asyncio-prose-4 =
    Karena itu, menunggu hampir tidak memakan biaya: 10.000 korutin yang masing-masing menunggu
    100 ms selesai dalam waktu yang tidak jauh lebih lama dari 100 ms, bukan 1.000 detik. Semuanya
    menunggu bersamaan di satu thread.
asyncio-prose-5 = ## Satu panggilan yang memblokir membekukan semuanya
asyncio-prose-6 =
    Event loop hanya bisa berpindah tugas di titik `await`. Jika sebuah korutin menjalankan sesuatu
    yang memblokir, misalnya `time.sleep` atau perhitungan berat, tidak ada tugas lain yang bisa
    berjalan sampai panggilan itu selesai. Gunakan `await asyncio.sleep`, pustaka I/O yang mendukung
    `async`, atau pindahkan pekerjaan berat ke thread atau proses lain.
asyncio-prose-7 =
    - `asyncio.gather` menjalankan banyak korutin bersamaan dan menunggu semuanya selesai.
    - `asyncio.Semaphore` membatasi berapa banyak tugas yang boleh berjalan sekaligus, misalnya agar server tujuan tidak kewalahan.
    - `asyncio.wait_for` menetapkan batas waktu (_timeout_); tugas yang melewati batas itu dibatalkan.
asyncio-prose-8 =
    Di peramban, halaman ini juga memiliki event loop: setiap `await` dalam kode Rust menyerahkan
    kendali ke event loop peramban, persis seperti di asyncio. Bedanya, event loop peramban juga
    harus menggambar halaman, sehingga tugas yang memblokir di sini ikut membekukan tampilan.
asyncio-prose-9 = ## Pembatalan
asyncio-prose-10 =
    Membatalkan tugas di asyncio berarti memunculkan `CancelledError` di dalam korutin, tepat di
    titik `await` tempat korutin itu sedang menunggu. Karena itu, pembatalan hanya bisa terjadi di
    titik `await`: korutin yang sedang menjalankan `time.sleep` atau perhitungan berat tidak bisa
    dihentikan sampai panggilan itu selesai. Hal yang sama berlaku untuk `asyncio.wait_for`: batas
    waktunya baru bisa berlaku setelah event loop kembali mendapat giliran.
asyncio-prose-11 = ## Cara membaca demo ini
asyncio-prose-12 =
    - Baris **event loop** menunjukkan kapan event loop sibuk menjalankan kode tugas (kerja CPU atau panggilan yang memblokir). Selama baris itu kosong, event loop bebas melayani tugas lain.
    - Setiap baris berikutnya mewakili satu tugas (atau sekelompok tugas jika jumlahnya banyak): abu-abu saat belum berjalan, biru muda saat menunggu I/O dengan `await`, jingga saat memblokir, dan biru tua saat memakai CPU.
    - **Keterlambatan event loop** diukur dengan detak yang meminta giliran setiap 10 ms. Jika detak itu terlambat 300 ms, artinya selama 300 ms tidak ada yang bisa berjalan, termasuk pembaruan tampilan halaman ini.
asyncio-prose-13 =
    Seperti asyncio, demo ini menyimpan semua tenggat `sleep` dalam satu antrean yang diurutkan
    menurut waktu, dan hanya memasang satu pewaktu (_timer_) peramban untuk tenggat yang paling
    awal. Karena itu, 10.000 tugas yang masing-masing menunggu 100 ms bisa selesai dalam waktu
    yang tidak jauh lebih lama dari 100 ms. Bedanya dengan Python: waktu tunggu di sini berupa jeda
    sungguhan di peramban, bukan permintaan jaringan, dan kode tugasnya adalah Rust yang
    dikompilasi ke WebAssembly.

## threading

threading-title = threading
threading-lead = Thread yang berbagi memori dan bergiliran memegang GIL.
threading-prose-1 =
    Modul `threading` membuat beberapa _thread_ (benang) yang berjalan bersamaan di dalam satu
    proses. Thread-thread ini berbagi memori utama, sehingga pertukaran data menjadi mudah. Namun,
    di CPython, GIL (_Global Interpreter Lock_) hanya mengizinkan satu thread menjalankan kode
    Python pada satu waktu.
threading-prose-2 = ## Mengapa GIL ada?
threading-prose-3 =
    GIL melindungi struktur data internal interpreter, misalnya penghitung referensi setiap objek,
    dengan satu _lock_ (kunci) besar. Cara ini sederhana dan cepat untuk program dengan satu thread,
    tetapi ini berarti kerja CPU dari beberapa thread tidak pernah berjalan paralel.
threading-prose-4 =
    - Thread harus memegang GIL untuk menjalankan kode Python (bagian CPU dari sebuah tugas).
    - Saat menunggu I/O, thread melepaskan GIL, sehingga thread lain bisa berjalan.
    - Thread yang menunggu GIL meminta pemegangnya untuk melepaskan GIL; pemegang melepaskannya setelah interval peralihan (_switch interval_), yang nilai bawaannya 5 ms (`sys.setswitchinterval`).
threading-prose-5 =
    Akibatnya, threading cocok untuk tugas I/O-bound (empat thread yang menunggu bisa hampir empat
    kali lebih cepat), tetapi kurang efektif untuk tugas CPU-bound (empat thread yang menghitung
    tidak lebih cepat daripada satu).
threading-prose-6 = ## Python tanpa GIL
threading-prose-7 =
    Sejak Python 3.13, tersedia versi _free-threaded_ (tanpa GIL, PEP 703), misalnya `python3.13t`.
    Pada versi ini, thread-thread bisa menjalankan kode Python secara paralel di beberapa inti.
threading-prose-8 = ## Race condition dan lock
threading-prose-9 =
    Berbagi memori ada harganya. `counter += 1` bukan satu langkah, melainkan tiga: baca, tambah,
    tulis. Jika thread lain menyela di antara langkah-langkah itu, satu penambahan hilang. Inilah
    _race condition_ (kondisi balapan). Sebuah lock, misalnya `threading.Lock`, memastikan hanya
    satu thread yang menjalankan bagian itu pada satu waktu.
threading-prose-10 =
    Di halaman ini, setiap thread Python diperankan oleh _Web Worker_ sungguhan yang berbagi memori
    WebAssembly, dan GIL adalah lock sungguhan di memori bersama itu. Kode yang berjalan adalah
    Rust, bukan _bytecode_ Python, tetapi aturan GIL-nya mengikuti CPython.
threading-prose-11 = ## Cara membaca demo ini
threading-prose-12 =
    - Baris **GIL** menunjukkan thread mana yang memegang GIL dari waktu ke waktu; setiap pergantian warna menandai satu kali GIL berpindah tangan.
    - Setiap thread punya barisnya sendiri: biru tua saat menjalankan kode Python (memegang GIL), kuning saat menunggu GIL, dan biru muda saat menunggu I/O (GIL dilepas).
    - Setiap tugas terdiri atas bagian I/O (misalnya mengunduh), lalu bagian CPU (misalnya mengolah hasil unduhan). Waktu berurutan dan waktu dengan thread sama-sama diukur dalam satu eksekusi yang sama.
threading-prose-13 =
    Coba contoh **Campuran I/O dan CPU**: thread yang baru selesai menunggu I/O harus kembali antre
    untuk mendapatkan GIL di belakang thread-thread yang sedang menghitung, kadang sampai satu
    interval peralihan penuh. Inilah _convoy effect_ (efek konvoi): kerja CPU memperlambat thread
    yang sebenarnya hanya ingin segera kembali menunggu I/O.

## multiprocessing

multiprocessing-title = multiprocessing
multiprocessing-lead = Beberapa proses, beberapa inti, paralelisme sungguhan.
multiprocessing-prose-1 =
    Modul `multiprocessing` membuat beberapa proses yang berjalan bersamaan. Setiap proses memiliki
    interpreter Python sendiri, dan GIL tidak berlaku antarproses. Karena itu, multiprocessing cocok
    untuk tugas CPU-bound yang membutuhkan pemrosesan paralel sejati.
multiprocessing-prose-2 = ## Percepatan dan hukum Amdahl
multiprocessing-prose-3 =
    Percepatan (_speedup_) adalah waktu yang dibutuhkan satu _worker_ dibagi waktu yang dibutuhkan
    banyak worker. Dengan dua inti, percepatan terbaik yang mungkin adalah 2,0×. Bagian program yang
    tetap berjalan berurutan membatasi percepatan itu; inilah hukum Amdahl.
multiprocessing-prose-4 = ## Overhead
multiprocessing-prose-5 =
    Membuat proses baru tidak gratis. Python harus memulai interpreter baru dan mengirim setiap
    tugas serta hasilnya lewat _pickle_. Untuk tugas yang sangat kecil, _overhead_ (biaya tambahan)
    ini bisa lebih besar daripada pekerjaannya sendiri, sehingga versi paralel malah lebih lambat.
    Parameter `chunksize` mengurangi biaya ini dengan mengirim beberapa tugas sekaligus.
multiprocessing-prose-6 =
    Peramban tidak punya proses sistem operasi. Halaman ini memakai _Web Worker_ yang berbagi satu
    memori WebAssembly: mirip thread tanpa GIL, dan tanpa perlu _pickle_. Karena itu, overhead di
    sini lebih kecil daripada di Python, tetapi bentuk kurvanya tetap sama.
multiprocessing-prose-7 =
    Jangan memakai multiprocessing untuk tugas I/O-bound: thread atau asyncio bisa menunggu dengan
    biaya yang jauh lebih kecil.
multiprocessing-prose-8 = ## Worker lebih banyak daripada inti
multiprocessing-prose-9 =
    Anda boleh menjalankan worker lebih banyak daripada jumlah inti prosesor. Sistem operasi (di
    sini: peramban) lalu membagi inti yang ada kepada mereka secara bergiliran, sehingga percepatan
    berhenti naik di angka jumlah inti, bahkan sedikit turun karena biaya pergantian giliran. Coba
    tombol **Ukur** dengan jumlah worker yang melebihi jumlah inti perangkat Anda: titik-titik hasil
    pengukuran akan mendatar.
multiprocessing-prose-10 = ## Cara membaca demo ini
multiprocessing-prose-11 =
    - **Kalibrasi**: sebelum eksekusi pertama, halaman mengukur seberapa banyak kerja yang bisa diselesaikan satu inti dalam 1 ms di perangkat Anda. Jadi, `cpu_ms=100` berarti kerja 100 ms bagi satu inti, bukan sekadar menunggu 100 ms.
    - **Pembanding**: beban kerja yang sama dijalankan lebih dulu dengan 1 worker, lalu dengan jumlah worker yang Anda pilih. Percepatan adalah rasio kedua waktu terukur itu.
    - **Lini masa**: baris pertama adalah eksekusi dengan 1 worker; baris-baris berikutnya adalah masing-masing worker pada eksekusi paralel, beserta potongan tugas (_chunk_) yang benar-benar dikerjakannya. Waktu dicatat di dalam worker dengan satu jam yang sama untuk semua worker.
    - **Mandelbrot**: setiap tugas menghitung satu pita gambar. Pita yang melintasi bagian tengah himpunan jauh lebih berat daripada pita di tepi, sehingga beban di antara para worker tidak seimbang; perhatikan bagaimana hal itu menurunkan percepatan.
multiprocessing-prose-12 =
    Sebelum mengukur, halaman menjalankan pemanasan singkat yang tidak diukur: peramban
    mengompilasi ulang kode WebAssembly yang sering dipakai menjadi versi yang lebih cepat, dan
    eksekusi pertama tidak boleh dirugikan karenanya. Program Python di bawah juga mengalibrasi
    dirinya sendiri, tetapi waktunya mencakup waktu untuk memulai proses-proses worker, karena di
    Python hal itu memang biaya nyata.

## Celery

celery-title = Celery
celery-lead = Antrean tugas, broker, dan worker di latar belakang.
celery-prose-1 =
    Celery adalah pustaka untuk menjalankan tugas secara asinkron di luar alur utama aplikasi,
    misalnya pemrosesan antrean atau tugas latar belakang. Aplikasi mengirim tugas ke _worker_ yang
    berjalan secara terpisah, lalu melanjutkan pekerjaannya sendiri.
celery-prose-2 = ## Broker, worker, dan result backend
celery-prose-3 =
    - Aplikasi memanggil `tugas.delay(...)`: pesan yang berisi nama tugas dan argumennya dikirim ke _broker_ (misalnya Redis atau RabbitMQ).
    - Worker mengambil pesan dari antrean, menjalankan tugas, lalu mengonfirmasi (_ack_) bahwa pesan sudah selesai ditangani.
    - Hasilnya disimpan di _result backend_, dan aplikasi bisa menanyakan status tugas: PENDING, STARTED, SUCCESS, FAILURE, atau RETRY.
celery-prose-4 =
    Jika worker mati sebelum mengirim _ack_, broker mengirim ulang pesan itu ke worker lain. Tugas
    yang gagal bisa dicoba ulang (_retry_) dengan jeda bertambah (_backoff_). Karena itu, tugas
    Celery sebaiknya aman untuk dijalankan lebih dari sekali.
celery-prose-5 =
    Di halaman ini, broker berjalan di dalam halaman itu sendiri, dan setiap worker adalah sebuah
    _Web Worker_. Di dunia nyata, broker adalah server tersendiri, dan worker bisa berjalan di mesin
    yang berbeda.

## Bandingkan

bandingkan-title = Bandingkan
bandingkan-lead = Satu beban kerja, semua pendekatan, berdampingan.
bandingkan-prose-1 =
    Pilihan antara threading, multiprocessing, asyncio, atau pustaka lain bergantung pada jenis
    tugas yang Anda tangani dan kebutuhan aplikasi Anda. Halaman ini menjalankan beban kerja yang
    sama dengan setiap pendekatan agar perbedaannya terlihat.
bandingkan-prose-2 = ## Cara memilih
bandingkan-prose-3 =
    - Banyak menunggu jaringan, dengan ribuan koneksi: **asyncio**.
    - Menunggu I/O dengan pustaka yang tidak mendukung `async`: **threading**.
    - Perhitungan berat di satu mesin: **multiprocessing** (atau Python _free-threaded_).
    - Pekerjaan latar belakang yang harus tahan terhadap kegagalan, bisa dicoba ulang, atau tersebar ke banyak mesin: **Celery**.
bandingkan-prose-4 =
    Sebagai pembanding, pengukuran dengan CPython 3.11 di mesin dua inti menghasilkan: empat thread
    yang menghitung hanya 0,99–1,15× lebih cepat daripada satu (karena GIL), dua proses 1,93× lebih
    cepat, empat thread yang menunggu I/O 3,98× lebih cepat, dan empat tugas asyncio 3,96× lebih
    cepat. Angka-angka itu diukur di luar halaman ini; angka di demo berasal dari peramban Anda
    sendiri.

## Program Python (komentar dan label di dalam kode)

py-run-with = jalankan dengan: python3 program.py
py-same-waits = Waktu tunggu yang sama persis dengan demo di halaman (benih yang sama).
py-cpu = Kerja CPU tanpa await di dalamnya: selama kode ini berjalan, event loop ikut sibuk.
py-blocking = memblokir seluruh event loop!
py-done = selesai
py-timed-out = melewati batas waktu
py-elapsed = waktu total

## Menjalankan demo (bersama)

run = Jalankan
cancel = Batalkan
run-status-idle = Siap dijalankan.
run-status-running = Sedang berjalan…
run-status-done = Selesai.
run-status-cancelled = Dibatalkan.
run-status-refused = Tidak dijalankan.
preset-title = Contoh situasi:
python-title = Program Python yang setara
code-copy = Salin kode
code-copied = Kode sudah disalin.
code-copy-failed = Peramban tidak mengizinkan penyalinan otomatis. Pilih kodenya, lalu salin secara manual.
timeline-title = Lini masa eksekusi terakhir
timeline-table = Tampilkan lini masa sebagai tabel
timeline-table-caption = Waktu dalam milidetik sejak eksekusi dimulai. Jika tugasnya banyak, setiap baris merangkum sekelompok tugas yang berurutan.
col-tasks = Tugas
col-outcome = Hasil
lane-loop = event loop
phase-busy = event loop sibuk (menjalankan kode tugas)
phase-queued = antre (belum berjalan)
phase-waiting = menunggu I/O (await)
phase-blocking = memblokir (time.sleep)
phase-running = kerja CPU
outcome-done = selesai
outcome-timed-out = melewati batas waktu
outcome-cancelled = dibatalkan

## Demo asyncio

asyncio-preset-http = 100 permintaan HTTP
asyncio-preset-bot = Bot yang membalas pesan
asyncio-preset-blocking = Satu panggilan yang memblokir
asyncio-refused = Eksekusi ini akan membekukan halaman selama sekitar { $ms }, melebihi batas kami ({ $max }). Panggilan yang memblokir dan kerja CPU berjalan di satu-satunya thread halaman ini, persis seperti di asyncio. Kurangi jumlah tugas, waktu tunggu, atau kerja CPU.
asyncio-live = { $elapsed } telah berlalu · { $ended } dari { $tasks } tugas sudah berakhir
asyncio-lag-now = Keterlambatan event loop saat ini: { $lag } (terbesar: { $max })
asyncio-result-wall = Eksekusi dengan { $tasks } tugas berakhir dalam { $ms } (diukur).
asyncio-result-counts = Selesai: { $done } · melewati batas waktu: { $timedout } · dibatalkan: { $cancelled }
asyncio-result-sequential = Jika dikerjakan satu per satu: { $ms } (dihitung dari total semua waktu tunggu dan kerja CPU, tidak benar-benar dijalankan). Eksekusi ini { $ratio } lebih cepat daripada cara itu.
asyncio-result-lag = Keterlambatan event loop terbesar selama eksekusi: { $ms } (diukur dengan detak setiap 10 ms).
asyncio-result-honest = Semua waktu di atas diukur di peramban Anda dengan performance.now(), kecuali yang ditandai “dihitung”.
py-mp-calibrate = Jumlah unit kerja yang diselesaikan satu inti per milidetik di mesin ini, agar CPU_MS benar-benar berarti milidetik.
py-mp-startup = Waktu ini mencakup memulai proses-proses worker: overhead yang nyata.
py-mp-processes = proses
py-mp-speedup = percepatan

## Demo multiprocessing

mp-preset-images = Kompres 8 gambar
mp-preset-primes = Hitung bilangan prima
mp-preset-tiny = Terlalu banyak tugas kecil
mp-sweep = Ukur 1…{ $n } worker
mp-calibrating = Kalibrasi: mengukur kecepatan satu inti…
mp-running = Menjalankan dengan { $n } worker…
mp-refused = Eksekusi ini diperkirakan memakan waktu sekitar { $ms }, melebihi batas kami ({ $max }). Kurangi jumlah tugas, kerja CPU per tugas, atau jumlah worker yang diukur.
mp-no-pool = Kumpulan thread tidak tersedia di halaman ini, jadi kerja paralel tidak bisa dijalankan. Lihat panel kemampuan peramban di bawah.
mp-lost = Salah satu worker berhenti tanpa memberi jawaban. Muat ulang halaman, lalu coba lagi.
mp-result-speedup = Percepatan { $ratio } dengan { $n } worker (diukur).
mp-result-times = 1 worker: { $base } · { $n } worker: { $ms } (keduanya diukur dalam eksekusi ini).
mp-result-calibration = Kalibrasi perangkat ini: 1 ms kerja satu inti ≈ { $rate } { $unit }.
mp-result-same = Hasil paralel sama persis dengan hasil satu worker.
mp-result-different = Peringatan: hasil paralel berbeda dari hasil satu worker.
mp-result-capped = Ukuran gambar dibatasi { $max } piksel, jadi kerja per tugas lebih sedikit daripada yang diminta.
mp-result-amdahl = Hukum Amdahl paling cocok dengan bagian berurutan sebesar { $f } (dihitung dari hasil pengukuran dengan berbagai jumlah worker).
mp-result-honest = Waktu diukur di dalam worker dengan satu jam yang sama untuk semua worker (performance.timeOrigin + performance.now()).
mp-unit-primes = bilangan yang diperiksa
mp-unit-mandelbrot = piksel Mandelbrot
mp-unit-hash = putaran hash
mp-lane-baseline = 1 worker
mp-legend-baseline = eksekusi dengan 1 worker (pembanding)
mp-legend-chunk = potongan tugas yang dikerjakan worker
mp-chart-title = Percepatan terukur dibandingkan dengan garis ideal dan hukum Amdahl
mp-chart-x = jumlah worker
mp-chart-measured = diukur
mp-chart-ideal = ideal (n×, paling tinggi sama dengan jumlah inti)
mp-chart-amdahl = Amdahl, bagian berurutan { $f }
mp-picture = Himpunan Mandelbrot; setiap pita diwarnai sesuai worker yang menghitungnya.
py-th-switch = Interval peralihan GIL (sys.setswitchinterval), dalam detik.
py-th-cpu = Kerja CPU dalam Python murni: thread harus memegang GIL selama kode ini berjalan.
py-th-sequential = berurutan
py-th-threaded = dengan thread
py-th-race-call = Setiap pemanggilan fungsi adalah titik tempat CPython memeriksa apakah ada permintaan peralihan GIL.
py-th-race-lost = pembaruan hilang

## Demo threading

th-preset-download = Unduh 8 berkas
th-preset-cpu = Komputasi berat dengan 4 thread
th-preset-mixed = Campuran I/O dan CPU
th-running-sequential = Menjalankan semua tugas secara berurutan di 1 thread…
th-running-threaded = Menjalankan dengan { $n } thread…
th-result-speedup = Percepatan { $ratio } dengan { $n } thread (diukur).
th-result-times = Berurutan: { $seq } · dengan thread: { $ms } (keduanya diukur dalam eksekusi ini).
th-result-gil = GIL berpindah tangan { $switches } kali; total waktu para thread menunggu GIL: { $waited }.
th-result-free = Tanpa GIL: thread-thread menjalankan kode Python secara paralel.
th-legend-gil = pemegang GIL (satu warna untuk tiap thread)
th-legend-running = menjalankan kode Python
th-legend-wait = menunggu GIL
th-legend-io = menunggu I/O (GIL dilepas)
race-title = Lab race condition (kondisi balapan)
race-intro = Setiap thread menjalankan counter += 1 berulang kali pada satu penghitung bersama, dalam tiga langkah: baca, tambah, tulis. Lab ini memakai pengaturan GIL dan interval peralihan dari formulir di atas.
race-params-title = Parameter lab
race-run = Jalankan lab
race-python-title = Program Python untuk lab ini
race-result = Seharusnya { $expected }, hasilnya { $actual }: { $lost } pembaruan hilang.
race-detail = Waktu terukur: { $ms }; GIL berpindah tangan { $switches } kali.
race-why-lost = Sebuah thread membaca nilai, lalu disela sebelum sempat menulis. Selama ia menunggu, thread-thread lain terus menambah. Ketika thread pertama akhirnya menulis nilai lamanya + 1, semua penambahan dari thread lain selama jeda itu terhapus. Dengan GIL, peralihan seperti itu jarang terjadi, tetapi mahal: satu peralihan yang jatuh di antara baca dan tulis bisa menghapus ribuan penambahan sekaligus. Tanpa GIL, tabrakan lebih sering terjadi, tetapi biasanya setiap tabrakan hanya menghilangkan satu penambahan.
race-why-locked = Dengan lock, langkah baca–tambah–tulis tidak pernah disela oleh thread lain, jadi hitungannya tepat.
race-why-lucky = Kali ini tidak ada pembaruan yang hilang: tidak ada peralihan yang jatuh di antara baca dan tulis. Itu kebetulan, bukan jaminan. Perbesar jumlah penambahan atau perkecil interval peralihan, lalu coba lagi.
