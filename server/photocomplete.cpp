#include "photofiles.h"

#include "photo/photodata.h"
#include "photofiles/photoheader.h"

namespace gc::server {

VoidResult PhotoFiles::judgeCompletedPhoto(const QByteArray &file)
{
    auto header = core::readPhotoHeader(file);
    if (!header)
        return header.error();
    return core::checkPhotoData(file, *header);
}

} // namespace gc::server
